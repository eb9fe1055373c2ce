using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>The pantry pre-filter: what the model may see, and what it never sees with the reason. Expected splits are
/// written from food knowledge (bacon is meat, tofu and rice are plants, parmesan is made with calf rennet).</summary>
public class PantryScreenTests
{
    private sealed record Item(string? Name, int Quantity);

    [Fact]
    public void Screen_Vegetarian_KeepsOrderAndSaysWhyEachItemIsOut()
    {
        var policy = DietaryPolicy.Parse(["vegetarian"], []);
        Item[] pantry = [new("rice", 1), new("bacon", 2), new("  tofu  ", 3), new("   ", 4), new(null, 5), new("salak", 6), new("lentils", 7)];

        var result = policy.Screen(pantry, i => i.Name);

        Assert.Equal([1, 3, 7], result.Allowed.Select(i => i.Quantity));
        Assert.Equal([2, 4, 5, 6], result.Excluded.Select(e => e.Item.Quantity));
        Assert.Equal(["bacon", "", "", "salak"], result.Excluded.Select(e => e.Name));
        Assert.Equal(
            [ComplianceStatus.Forbidden, ComplianceStatus.Unknown, ComplianceStatus.Unknown, ComplianceStatus.Unknown],
            result.Excluded.Select(e => e.Verdict.Status));
        Assert.Equal("pantry item without a name", result.Excluded[1].Verdict.Reason);
        Assert.Equal("pantry item without a name", result.Excluded[2].Verdict.Reason);
        Assert.Contains("vegetarian", result.Excluded[0].Verdict.Reason, StringComparison.Ordinal);
        Assert.Contains("not in the ingredient ontology", result.Excluded[3].Verdict.Reason, StringComparison.Ordinal);
        Assert.All(result.Excluded, e => Assert.False(e.Verdict.Permitted));
    }

    [Fact]
    public void Screen_MayContain_OutUnlessLenient()
    {
        // Parmigiano Reggiano is made with calf rennet: a vegetarian may not knowingly eat it; a lenient policy lets it pass.
        string[] pantry = ["parmesan", "spinach"];

        var strict = DietaryPolicy.Parse(["vegetarian"], []).Screen(pantry);
        var lenient = DietaryPolicy.Parse(["vegetarian"], [], lenient: true).Screen(pantry);

        Assert.Equal(["spinach"], strict.Allowed);
        Assert.Equal(ComplianceStatus.MayContain, Assert.Single(strict.Excluded).Verdict.Status);
        Assert.Equal(["parmesan", "spinach"], lenient.Allowed);
        Assert.Empty(lenient.Excluded);
    }

    [Fact]
    public void Screen_NoConstraint_EveryNamedItemPassesEvenUnknownOnes()
    {
        var result = DietaryPolicy.Parse([], []).Screen(["bacon", "salak", ""]);

        Assert.Equal(["bacon", "salak"], result.Allowed);
        Assert.Equal(ComplianceStatus.Unknown, Assert.Single(result.Excluded).Verdict.Status);
    }

    private sealed record Lot(string Name, double Quantity, string Unit);

    private static Lot? SameLot(Lot kept, Lot next) =>
        kept.Name == next.Name && kept.Unit == next.Unit ? kept with { Quantity = kept.Quantity + next.Quantity } : null;

    [Fact]
    public void Screen_NamedAndSameLot_TrimmedNamesAndRepeatsJoined()
    {
        // Serving and the training-data filter both sum repeated lots; the screen is the one place that does it.
        Lot[] pantry = [new(" rice ", 1, "kg"), new("bacon", 2, "pcs"), new("rice", 500, "g"), new("rice", 2, "kg"), new("tofu", 1, "pcs")];

        var result = DietaryPolicy.Parse(["vegan"], []).Screen(pantry, l => l.Name, (l, name) => l with { Name = name }, SameLot);

        Assert.Equal([new Lot("rice", 3, "kg"), new Lot("rice", 500, "g"), new Lot("tofu", 1, "pcs")], result.Allowed);
        Assert.Equal("bacon", Assert.Single(result.Excluded).Name);
    }

    [Fact]
    public void Screen_NoLotRule_RepeatsKeptApart()
    {
        Lot[] pantry = [new("rice", 1, "kg"), new("rice", 2, "kg")];

        Assert.Equal(pantry, DietaryPolicy.Parse(["vegan"], []).Screen(pantry, l => l.Name, null, null).Allowed);
    }

    [Fact]
    public void Screen_NamelessItem_TheVerdictSaysSo() =>
        Assert.Equal(PantryScreen.NamelessReason, Assert.Single(DietaryPolicy.Parse(["vegan"], []).Screen([" "]).Excluded).Verdict.Reason);

    [Fact]
    public void Screen_NullArguments_Throw()
    {
        var policy = DietaryPolicy.Parse(["vegan"], []);
        Assert.Throws<ArgumentNullException>(() => PantryScreen.Screen<string>(null!, ["rice"], n => n));
        Assert.Throws<ArgumentNullException>(() => policy.Screen<string>(null!, n => n));
        Assert.Throws<ArgumentNullException>(() => policy.Screen(["rice"], (Func<string, string?>)null!));
    }
}
