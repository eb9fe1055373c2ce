namespace PantryPilot.Domain.Catalogue;

/// <summary>Category and storage labels (the strings written into the tables).</summary>
public static class Categories
{
    public const string Dairy = "dairy";
    public const string Eggs = "eggs";
    public const string Produce = "produce";
    public const string MeatPoultry = "meat_poultry";
    public const string Seafood = "seafood";
    public const string Grains = "grains";
    public const string Bakery = "bakery";
    public const string PantryStaples = "pantry_staples";
    public const string Condiments = "condiments";
    public const string Spices = "spices";
    public const string Frozen = "frozen";
    public const string Beverages = "beverages";
    public const string Snacks = "snacks";

    public const string Pantry = "pantry";
    public const string Fridge = "fridge";
    public const string Freezer = "freezer";
}
