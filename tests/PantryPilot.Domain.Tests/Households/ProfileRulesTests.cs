using PantryPilot.Domain.Households;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Households;

public class ProfileRulesTests
{
    private static ProfileText Profile(string[]? diets = null, string[]? allergies = null, int size = 2, string zone = "Europe/Berlin") =>
        new(diets ?? [], allergies ?? [], ["olives"], ["Italian"], size, zone);

    [Fact]
    public void Read_VeganAndPescatarian_TheStricterHoldsAndTheNoteSaysSo()
    {
        var read = ProfileRules.Read(Profile(["pescatarian", "vegan"]));

        Assert.Null(read.Problem);
        Assert.Equal([DietaryConstraint.Vegan], read.Effective);
        Assert.Equal(["vegan and pescatarian: vegan is the stricter and holds (pescatarian adds nothing to it)"], read.Notes);
    }

    [Fact]
    public void Read_EveryDietThatAddsARule_Holds()
    {
        var read = ProfileRules.Read(Profile(["vegetarian", "gluten free", "pescatarian", "nut-free"]));

        Assert.Equal([DietaryConstraint.Vegetarian, DietaryConstraint.GlutenFree, DietaryConstraint.NutFree], read.Effective);
        Assert.Single(read.Notes);
    }

    [Theory]
    [InlineData(new[] { "vegan", "breatharian" }, "diets[1]")]
    [InlineData(new[] { "vegan", " " }, "diets[1]")]
    public void Read_UnreadableDiet_NamesTheEntry(string[] diets, string field)
    {
        var read = ProfileRules.Read(Profile(diets));

        Assert.Equal(StockProblemKind.InvalidProfile, read.Problem?.Kind);
        Assert.StartsWith(field, read.Problem!.Message, StringComparison.Ordinal);
        Assert.Null(read.Profile);
    }

    [Fact]
    public void Read_DietOneLetterOff_ReadAsThatDietWithANote()
    {
        var read = ProfileRules.Read(Profile(["vegan", "ketoo"]));

        Assert.Null(read.Problem);
        Assert.Contains(DietaryConstraint.Keto, read.Effective);
        Assert.Contains("diets[1]: 'ketoo' read as 'keto'", read.Notes);
    }

    [Fact]
    public void Read_AllergyThatNamesNoFood_Refused() =>
        Assert.StartsWith("allergies[0]", ProfileRules.Read(Profile(allergies: ["allergic to"])).Problem!.Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(0, "Europe/Berlin", "householdSize")]
    [InlineData(31, "Europe/Berlin", "householdSize")]
    [InlineData(2, "Mars/Olympus_Mons", "timeZone")]
    public void Read_SizeOrZoneOutOfRange_Refused(int size, string zone, string field) =>
        Assert.StartsWith(field, ProfileRules.Read(Profile(size: size, zone: zone)).Problem!.Message, StringComparison.Ordinal);

    [Fact]
    public void Read_TenThousandCharacterDislike_Refused()
    {
        var read = ProfileRules.Read(new ProfileText([], [], [new string('x', 10_000)], [], 1, "UTC"));

        Assert.Equal(StockProblemKind.InvalidProfile, read.Problem?.Kind);
    }
}
