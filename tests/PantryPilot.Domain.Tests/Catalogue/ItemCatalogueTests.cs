using PantryPilot.Domain.Catalogue;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Catalogue;

public class ItemCatalogueTests
{
    [Fact]
    public void Items_AtLeast120WithUniqueNamesAndIds()
    {
        var items = ItemCatalogue.Items;

        Assert.True(items.Count >= 120, $"{items.Count} items");
        Assert.Equal(items.Count, items.Select(i => i.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Items_EveryPackConvertsToTheItemsUnitFamily()
    {
        foreach (var item in ItemCatalogue.Items)
        {
            Assert.NotEmpty(item.Packs);
            foreach (var pack in item.Packs)
            {
                var result = UnitNormalizer.Normalize(pack.Size, pack.Unit, item.PiecesPerPack);
                Assert.True(result.Success, $"{item.Name}: {result.Error}");
                Assert.Equal(item.CanonicalUnit, result.Unit);
                Assert.True(result.Value > 0, item.Name);
            }
        }
    }

    [Fact]
    public void Items_StaplesHaveConsistentFamilyCategoryAndStorage()
    {
        var milk = ItemCatalogue.Find("whole milk")!;
        Assert.Equal((UnitFamily.Volume, Categories.Dairy, Categories.Fridge), (milk.Family, milk.Category, milk.Storage));
        var rice = ItemCatalogue.Find("basmati rice")!;
        Assert.Equal((UnitFamily.Mass, Categories.Grains, Categories.Pantry), (rice.Family, rice.Category, rice.Storage));
        var eggs = ItemCatalogue.Find("eggs")!;
        Assert.Equal(UnitFamily.Count, eggs.Family);
        Assert.Contains(eggs.Packs, p => p.Unit == "dozen");
        Assert.DoesNotContain(ItemCatalogue.Items, i => i.Name.Contains("rice", StringComparison.Ordinal) && i.Category == Categories.MeatPoultry);
    }

    [Fact]
    public void Items_MeatAndSeafoodAreNeverVegetarian_AndVeganImpliesVegetarianAndDairyFree()
    {
        foreach (var item in ItemCatalogue.Items)
        {
            if (item.Category is Categories.MeatPoultry or Categories.Seafood)
            {
                Assert.False(item.Is(DietaryAttributes.Vegetarian), item.Name);
            }

            if (item.Is(DietaryAttributes.Vegan))
            {
                Assert.True(item.Is(DietaryAttributes.Vegetarian | DietaryAttributes.DairyFree), item.Name);
            }

            if (item.Allergens.Contains("milk", StringComparison.Ordinal))
            {
                Assert.False(item.Is(DietaryAttributes.DairyFree), item.Name);
            }

            if (item.Allergens.Contains("gluten", StringComparison.Ordinal))
            {
                Assert.False(item.Is(DietaryAttributes.GlutenFree), item.Name);
            }
        }
    }

    [Theory]
    [InlineData("chicken stock", DietaryAttributes.Vegetarian, false)]
    [InlineData("fish sauce", DietaryAttributes.Vegetarian, false)]
    [InlineData("kimchi", DietaryAttributes.Vegetarian, false)]
    [InlineData("soy sauce", DietaryAttributes.GlutenFree, false)]
    [InlineData("tamari", DietaryAttributes.GlutenFree, true)]
    [InlineData("coconut milk", DietaryAttributes.DairyFree, true)]
    [InlineData("paneer", DietaryAttributes.Vegetarian, true)]
    [InlineData("ghee", DietaryAttributes.DairyFree, false)]
    [InlineData("peanut butter", DietaryAttributes.NutFree, false)]
    public void Find_CompoundStaples_HaveTheRightDiet(string name, DietaryAttributes attribute, bool expected)
    {
        var item = ItemCatalogue.Find(name);

        Assert.NotNull(item);
        Assert.Equal(expected, item.Is(attribute));
    }

    [Fact]
    public void Items_CoverWesternAndNonWesternStaples()
    {
        string[] staples = ["kimchi", "firm tofu", "soy sauce", "tamari", "ginger", "paneer", "masa harina", "gochujang", "miso paste", "fish sauce",
            "ghee", "red lentils", "dried chickpeas", "flour tortillas", "basmati rice", "naan", "coconut milk", "chicken stock"];
        foreach (var name in staples)
        {
            Assert.NotNull(ItemCatalogue.Find(name));
        }

        var nonWestern = ItemCatalogue.Items.Count(i => !i.IsWestern);
        Assert.InRange(nonWestern, ItemCatalogue.Items.Count / 3, ItemCatalogue.Items.Count);
    }
}
