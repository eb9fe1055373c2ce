using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Ingredients;

/// <summary>
/// The one grammar of ingredient lines in the product: "2 cups rice", "lentils (250g)", "1 medium onion", "olive oil
/// (1/4 cup)", "onion (1 medium, diced)", "1 1/2 cups", "½ tsp", "2-3 cloves garlic", "salt to taste", "1 (400 g) can
/// tomatoes, drained". It reads an amount (fractions, mixed numbers, unicode fractions, ranges, words such as "a" and
/// "half"), a size word, a unit, the name and every note; an amount it cannot read is kept verbatim and flagged
/// (<see cref="QuantityStatus.Unreadable"/>), never turned into 0. Canonical amounts come from
/// <see cref="UnitNormalizer"/>. Labels in notes ("(gluten-free)") are the ontology's qualifier phrases.
/// </summary>
public sealed class QuantityGrammar
{
    private static readonly Lazy<QuantityGrammar> Shipped = new(() => new QuantityGrammar(OntologyData.Default));
    private const int MaxCached = 50_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IngredientQuantity> readings =
        new(StringComparer.Ordinal);
    private readonly FrozenSet<string> labels;
    private readonly FrozenDictionary<string, IngredientTraits> foods;

    public QuantityGrammar(OntologyData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        labels = data.Qualifiers.Select(q => q.Phrase).Append("gf").ToFrozenSet(StringComparer.Ordinal);
        foods = data.Foods.ToFrozenDictionary(f => f.Term, f => f.Traits, StringComparer.Ordinal);
    }

    /// <summary>The grammar with the shipped ontology's labels.</summary>
    public static QuantityGrammar Default => Shipped.Value;

    /// <summary>Reads one ingredient line. Never throws on text; an empty line is an empty name with no
    /// amount.</summary>
    public IngredientQuantity Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Teachers write the same lines again and again ("1 onion", "salt to taste"); a reading never changes.
        if (readings.TryGetValue(text, out var known))
        {
            return known;
        }

        if (readings.Count >= MaxCached)
        {
            readings.Clear();
        }

        return readings[text] = Read(text);
    }

    private IngredientQuantity Read(string text)
    {
        // "juice of 1 lemon", "zest and juice of ½ orange": the amount counts the fruit; the name says which part.
        if (QuantityText.PartOf(text) is { } part)
        {
            var fruit = Parse(part.Fruit);
            return fruit with { Text = text, Name = fruit.Name.Length == 0 ? part.What : $"{fruit.Name} {part.What}" };
        }

        var (outside, groups) = QuantityText.Brackets(QuantityText.Normalize(text));
        var notes = new List<string>();
        var pieces = outside.Split(',');
        var head = pieces[0].Trim().TrimStart('-', '*', '•', '·', '–').Trim();
        var reading = AmountReading.Read(QuantityText.Tokenize(head), 0);
        var name = head[reading.End..].Trim();
        foreach (var piece in pieces.Skip(1))
        {
            AddNote(notes, piece);
        }

        name = TrailingNotes(name, notes);
        if (reading.Amount is null && reading.UnreadText is null)
        {
            (name, reading) = TrailingAmount(name, reading);
        }

        if (reading.Amount is not null && reading.Unit is null && TrailingMeasure(name, foods) is { } measure)
        {
            reading = reading with { Unit = name[(measure + 1)..] };
            name = name[..measure].TrimEnd();
        }

        foreach (var group in groups)
        {
            reading = ReadGroup(group, reading, notes);
        }

        name = name.Trim().Trim('.', ';', ':', '-', '*').Trim();
        if (reading.Amount is null && reading.UnreadText is null && QuantityText.StrayNumber(name) is { } stray)
        {
            reading = reading with { UnreadText = stray };
        }

        var status = reading.Amount is not null ? QuantityStatus.Stated
            : reading.UnreadText is not null ? QuantityStatus.Unreadable
            : QuantityStatus.NotStated;
        var (canonical, canonicalUnit) = Canonical(reading);
        return new IngredientQuantity(text, name, reading.Amount, reading.AmountMax, reading.Unit, reading.Size,
            notes.ToArray(), status)
        {
            UnreadText = status == QuantityStatus.Unreadable ? reading.UnreadText : null,
            Labels = notes.Where(IsLabel).ToArray(),
            PackAmount = reading.PackAmount,
            PackUnit = reading.PackUnit,
            CanonicalAmount = canonical,
            CanonicalUnit = canonicalUnit,
        };
    }

    /// <summary>Writes a quantity back as a line the grammar reads to the same value: "1 1/2 cups rice
    /// (rinsed)".</summary>
    public static string Format(IngredientQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        if (quantity.Status == QuantityStatus.Unreadable)
        {
            return quantity.Text;
        }

        var text = new StringBuilder();
        if (quantity.Amount is { } amount)
        {
            text.Append(QuantityText.Number(amount));
            if (quantity.AmountMax is { } max)
            {
                text.Append('-').Append(QuantityText.Number(max));
            }

            text.Append(' ');
        }

        if (quantity.PackAmount is { } pack)
        {
            text.Append('(').Append(QuantityText.Number(pack)).Append(' ').Append(quantity.PackUnit).Append(") ");
        }

        foreach (var word in new[] { quantity.Size, quantity.Unit })
        {
            if (word is not null)
            {
                text.Append(word).Append(' ');
            }
        }

        text.Append(quantity.Name);
        if (quantity.Notes.Count > 0)
        {
            text.Append(" (").AppendJoin(", ", quantity.Notes).Append(')');
        }

        return text.ToString().Trim();
    }

    /// <summary>True for a note that is a diet label ("gluten-free", "Vegan", "dairy free", "GF").</summary>
    public bool IsLabel(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return labels.Contains(note.Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' '));
    }

    private static void AddNote(List<string> notes, string piece)
    {
        var note = piece.Trim();
        if (note.Length > 0)
        {
            notes.Add(note);
        }
    }

    /// <summary>"salt to taste" → "salt" + note "to taste"; repeated ("basil, optional, for garnish").</summary>
    private static string TrailingNotes(string name, List<string> notes)
    {
        var found = new List<string>();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var marker in QuantityWords.TrailingNotes)
            {
                if (name.Length > marker.Length && name.EndsWith(marker, StringComparison.OrdinalIgnoreCase)
                    && !char.IsLetter(name[^(marker.Length + 1)]))
                {
                    found.Insert(0, name[^marker.Length..]);
                    name = name[..^marker.Length].TrimEnd(' ', ',', ';', '-');
                    changed = true;
                    break;
                }
            }
        }

        // Notes that came after the name keep their place ahead of later comma notes.
        notes.InsertRange(0, found);
        return name;
    }

    /// <summary>"rice - 2 cups", "rice: 2 cups", "eggs x3": an amount written after the name.</summary>
    private static (string Name, AmountReading Reading) TrailingAmount(string name, AmountReading reading)
    {
        foreach (var separator in new[] { " - ", ": ", " x", " × " })
        {
            var at = name.LastIndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (at <= 0)
            {
                continue;
            }

            var tail = name[(at + separator.Length)..].Trim();
            var trailing = AmountReading.Read(QuantityText.Tokenize(tail), 0);
            if (trailing.Amount is not null && trailing.End == tail.Length)
            {
                return (name[..at].Trim(), trailing with { End = reading.End });
            }
        }

        return (name, reading);
    }

    /// <summary>Where the measure starts in "garlic cloves" or "sage leaves" (after a stated amount), or
    /// null.</summary>
    private static int? TrailingMeasure(string name, FrozenDictionary<string, IngredientTraits> foods)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0)
        {
            return null;
        }

        var measure = QuantityWords.Measure(name[(space + 1)..]);
        if (measure is null)
        {
            return null;
        }

        if (QuantityWords.TrailingMeasures.Contains(measure))
        {
            return space;
        }

        var food = name[..space].Trim().ToLowerInvariant();
        return QuantityWords.TrailingPlantMeasures.Contains(measure) && foods.TryGetValue(food, out var traits)
            && (traits & IngredientTraits.AnimalFlesh) == IngredientTraits.None
            && !(measure == "leaf" && foods.ContainsKey($"{food} leaf"))
            ? space
            : null;
    }

    /// <summary>A bracketed group: the amount when none was written before it ("lentils (250g)", "onion (1 medium,
    /// diced)"), a container's size ("1 (400 g) can"), else notes, one per comma.</summary>
    private static AmountReading ReadGroup(string group, AmountReading reading, List<string> notes)
    {
        var pieces = group.Split(',');
        var first = pieces[0].Trim();
        var inner = AmountReading.Read(QuantityText.Tokenize(first), 0);
        var whole = inner.Amount is not null && inner.End == first.Length;
        if (whole && reading.Amount is null && reading.UnreadText is null)
        {
            reading = inner with { End = reading.End };
        }
        else if (whole && reading.PackAmount is null && inner.AmountMax is null && inner.Unit is { } packUnit
            && UnitNormalizer.TryGetFactor(packUnit, out var factor) && !factor.IsPack
            && (reading.Unit is null
                || QuantityWords.Containers.Contains(QuantityWords.Measure(reading.Unit) ?? string.Empty)))
        {
            reading = reading with { PackAmount = inner.Amount, PackUnit = packUnit };
        }
        else
        {
            AddNote(notes, first);
        }

        foreach (var piece in pieces.Skip(1))
        {
            AddNote(notes, piece);
        }

        return reading;
    }

    private static (double? Amount, CanonicalUnit? Unit) Canonical(AmountReading reading)
    {
        if (reading.Amount is not { } amount)
        {
            return (null, null);
        }

        if (reading.PackAmount is { } pack)
        {
            var size = UnitNormalizer.Normalize(pack, reading.PackUnit);
            return (amount * size.Value, size.Unit);
        }

        var measure = reading.Unit is null ? null : QuantityWords.Measure(reading.Unit);
        if (measure is null)
        {
            return (amount, Units.CanonicalUnit.Piece);
        }

        if (QuantityWords.SmallVolumes.TryGetValue(measure, out var ml))
        {
            return (amount * ml, Units.CanonicalUnit.Millilitre);
        }

        var converted = UnitNormalizer.Normalize(amount, measure);
        return converted.Success ? (converted.Value, converted.Unit) : (amount, Units.CanonicalUnit.Piece);
    }
}
