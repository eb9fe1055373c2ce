namespace PantryPilot.Domain.Units;

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
