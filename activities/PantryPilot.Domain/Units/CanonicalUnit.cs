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

public static class CanonicalUnitNames
{
    public const string Gram = "g";
    public const string Millilitre = "ml";
    public const string Piece = "pcs";

    public static string Symbol(this CanonicalUnit unit) => unit switch
    {
        CanonicalUnit.Gram => Gram,
        CanonicalUnit.Millilitre => Millilitre,
        _ => Piece,
    };
}
