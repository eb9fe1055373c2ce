using System.Globalization;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Households;

/// <summary>`pantrypilot household min-stock` and `digest` end to end in a real process on the embedded store. The
/// history, worked out by hand: 1 kg of rice bought 30, 20 and 10 days ago (100 g a day), 2.6 kg eaten: 400 g left,
/// out in 4 days. The household keeps 3 kg of rice: short 700 + 3000 - 400 = 3300 g, four 1 kg packs.</summary>
public sealed class HouseholdPlanCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("plan-cli-").FullName;

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private string Data => Path.Combine(folder, "data");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task<CliRunner.Result> Household(params string[] args) =>
        CliRunner.RunAsync(
            ["household", .. args, "--household", "U000042", "--data-dir", Data], workingDirectory: folder);

    private static string Day(int fromToday) =>
        Today.AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task MinStockThenDigest_ListTopsUpToTheMinimum_DigestWrittenAsHtml()
    {
        foreach (var days in new[] { 30, 20, 10 })
        {
            Assert.Equal(0, (await Household("purchase", "--line", "rice:1:kg", "--on", Day(-days))).ExitCode);
        }

        Assert.Equal(0, (await Household("consume", "--line", "rice:2600:g")).ExitCode);

        var set = await Household("min-stock", "--item", "Rice", "--quantity", "3", "--unit", "kg");
        var digest = await Household("digest", "--out", Path.Combine(folder, "digest"));

        Assert.Equal(0, set.ExitCode);
        Assert.Contains("min stock of Rice: 3 kg", set.Output, StringComparison.Ordinal);
        Assert.Equal(0, digest.ExitCode);
        var page = Assert.Single(Directory.GetFiles(Path.Combine(folder, "digest"), "digest-*-W*.html"));
        var html = await File.ReadAllTextAsync(page);
        Assert.Contains($"<li>rice: 4 x 1 kg (runs out {Day(4)})</li>", html, StringComparison.Ordinal);
        Assert.Contains("weekly-digest:U000042:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MinStock_BadUnitOrNegative_RefusedExitTwoNothingSet()
    {
        Assert.Equal(0, (await Household("purchase", "--line", "rice:1:kg")).ExitCode);

        var bushel = await Household("min-stock", "--item", "rice", "--quantity", "1", "--unit", "bushel");
        var negative = await Household("min-stock", "--item", "rice", "--quantity", "-1", "--unit", "kg");

        Assert.Equal(2, bushel.ExitCode);
        Assert.Contains("UnknownUnit: unit: 'bushel' is not a unit", bushel.Output + bushel.Error, StringComparison.Ordinal);
        Assert.Equal(2, negative.ExitCode);
        Assert.Contains("InvalidQuantity: quantity: -1", negative.Output + negative.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_UnknownRecipeOrBadDate_RefusedExitTwo()
    {
        Assert.Equal(0, (await Household("purchase", "--line", "rice:1:kg")).ExitCode);

        var unknown = await Household("plan", "--recipe", "never-served", "--date", Day(1));
        var past = await Household("plan", "--recipe", "never-served", "--date", Day(-1));
        var bad = await Household("plan", "--recipe", "x", "--date", "tomorrow");

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("UnknownRecipe", unknown.Output + unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, past.ExitCode);
        Assert.Contains("InvalidRequest: date:", past.Output + past.Error, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--date: 'tomorrow' is not a day", bad.Output + bad.Error, StringComparison.Ordinal);
    }
}
