using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Ingredients;

/// <summary>One ingredient line read by <see cref="QuantityGrammar"/>: the name, the amount as written, the same amount
/// in a canonical unit (g, ml, pcs), and everything else the line said, so nothing written is lost.</summary>
/// <param name="Text">The line exactly as given.</param>
/// <param name="Name">The ingredient's name as written, without amount, unit, size and notes ("rice",
/// "garlic").</param>
/// <param name="Amount">The amount written (the low end of a range); null when none was written or it was
/// unreadable.</param>
/// <param name="AmountMax">The high end of a range ("2-3" → 3); null otherwise.</param>
/// <param name="Unit">The unit as written ("cups", "g", "Tbsp", "cloves"); null for a bare count ("2 eggs").</param>
/// <param name="Size">A size word that stands for the unit ("medium" in "1 medium onion"); null when none.</param>
/// <param name="Notes">Everything else the line said, in order: bracketed notes, ", diced", "to taste",
/// "optional".</param>
/// <param name="Status">Whether an amount was stated, not stated, or stated but unreadable.</param>
public sealed record IngredientQuantity(
    string Text,
    string Name,
    double? Amount,
    double? AmountMax,
    string? Unit,
    string? Size,
    IReadOnlyList<string> Notes,
    QuantityStatus Status)
{
    /// <summary>The amount words the grammar could not read, verbatim ("a few"); null unless <see cref="Status"/> is
    /// <see cref="QuantityStatus.Unreadable"/>.</summary>
    public string? UnreadText { get; init; }

    /// <summary>Diet labels among the notes ("gluten-free" in "pasta (gluten-free)"): they qualify this item.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>A container's stated size ("1 (400 g) can": 400 g), which the canonical amount multiplies.</summary>
    public double? PackAmount { get; init; }

    /// <summary>The unit of <see cref="PackAmount"/> as written.</summary>
    public string? PackUnit { get; init; }

    /// <summary>The amount in <see cref="CanonicalUnit"/> (the low end of a range); null when no amount was
    /// read.</summary>
    public double? CanonicalAmount { get; init; }

    /// <summary>g, ml or pcs; a bare count, a size word or a counted measure ("cloves", "cans") is pieces.</summary>
    public CanonicalUnit? CanonicalUnit { get; init; }

    /// <summary>The name with its labels in front ("gluten-free pasta"), as a diet check should read it.</summary>
    public string QualifiedName => Labels.Count == 0 ? Name : $"{string.Join(' ', Labels)} {Name}";
}
