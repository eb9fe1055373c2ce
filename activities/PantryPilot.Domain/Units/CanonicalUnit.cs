namespace PantryPilot.Domain.Units;

/// <summary>The three units every quantity is normalised to.</summary>
public enum CanonicalUnit
{
    /// <summary>grams (mass)</summary>
    Gram,

    /// <summary>millilitres (volume)</summary>
    Millilitre,

    /// <summary>pieces (count)</summary>
    Piece,
}
