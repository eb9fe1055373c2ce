using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Catalogue;

/// <summary>One catalogue item. Strings are shared by every generated row that uses the item.</summary>
/// <param name="PriceReference">Typical price in USD per kg (mass), per litre (volume) or per piece (count).</param>
/// <param name="PiecesPerPack">For count items sold as "pack": pieces in one pack (1 otherwise).</param>
public sealed record CatalogueItem(
    string Id,
    string Name,
    string Category,
    UnitFamily Family,
    string Storage,
    int ShelfLifeDays,
    DietaryAttributes Diet,
    string Allergens,
    string Cuisine,
    double PriceReference,
    string NutritionalTags,
    IReadOnlyList<PackSize> Packs,
    double PiecesPerPack = 1)
{
    public CanonicalUnit CanonicalUnit => Family switch
    {
        UnitFamily.Mass => CanonicalUnit.Gram,
        UnitFamily.Volume => CanonicalUnit.Millilitre,
        _ => CanonicalUnit.Piece,
    };

    /// <summary>Typical price per g, ml or pcs.</summary>
    public double PricePerCanonicalUnit => Family == UnitFamily.Count ? PriceReference : PriceReference / 1000.0;

    public bool IsWestern => Cuisines.IsWestern(Cuisine);

    public bool HasAllergens => Allergens.Length > 0;

    public bool Is(DietaryAttributes attribute) => (Diet & attribute) == attribute;
}
