using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Households;

/// <summary>
/// `pantrypilot household shopping-list` end to end in a real process on the embedded store. The household's history,
/// worked out by hand: 1 kg of rice bought 30, 20 and 10 days ago (100 g a day), 2.6 kg eaten, so 400 g are left: the
/// week needs 700 g, one 1 kg pack, out in 4 days. Tofu bought once (cold start, noted). Salt bought once, 200 g left,
/// reorder threshold 250 g (set in the store as `db load` does): below min stock.
/// </summary>
public sealed class HouseholdShoppingListCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("shopping-cli-").FullName;

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private string Data => Path.Combine(folder, "data");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task<CliRunner.Result> Household(params string[] args) =>
        CliRunner.RunAsync(
            ["household", .. args, "--household", "U000042", "--data-dir", Data], workingDirectory: folder);

    private static string Ago(int days) => Today.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task SeedAsync()
    {
        foreach (var days in new[] { 30, 20, 10 })
        {
            Assert.Equal(0, (await Household("purchase", "--line", "rice:1:kg", "--on", Ago(days))).ExitCode);
        }

        Assert.Equal(0, (await Household("consume", "--line", "rice:2600:g")).ExitCode);
        var once = await Household("purchase", "--line", "tofu:400:g", "--line", "salt:200:g", "--on", Ago(2));
        Assert.Equal(0, once.ExitCode);
        var store = Path.Combine(Data, "households.db");
        await using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "UPDATE inventory SET reorder_threshold = 250 WHERE user_id = 'U000042' AND item_name = 'salt'";
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task ShoppingList_HandWrittenHistory_RiceOnePackSaltForTheMinimumTofuNotedFilesWritten()
    {
        await SeedAsync();

        var result = await Household("shopping-list", "--json", "--out", Path.Combine(folder, "lists"));

        Assert.Equal(0, result.ExitCode);
        using var answer = JsonDocument.Parse(result.Output);
        var items = answer.RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("name").GetString()!);
        Assert.Equal(["rice", "salt"], items.Keys.Order());
        var rice = items["rice"];
        Assert.Equal("1 kg", rice.GetProperty("display").GetString());
        var fourDays = Today.AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(fourDays, rice.GetProperty("runsOutOn").GetString());
        Assert.Equal(["runs_out"], rice.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(100, rice.GetProperty("dailyRate").GetDouble(), 6);
        // Salt: one purchase of 200 g lasts 14 days at the cold-start rate, 14.29 g a day: 100 g a week; ends at 100 g,
        // 150 g under its 250 g minimum: one 200 g pack.
        var salt = items["salt"];
        Assert.Equal("200 g", salt.GetProperty("display").GetString());
        Assert.Contains("below_min_stock", salt.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        var notes = answer.RootElement.GetProperty("notes").EnumerateArray()
            .Select(n => n.GetProperty("name").GetString()).ToList();
        Assert.Equal(["salt", "tofu"], notes.Order());
        var csv = await File.ReadAllLinesAsync(Path.Combine(folder, "lists", "shopping-list.csv"));
        Assert.Equal(3, csv.Length);
        Assert.StartsWith("item_id,item_name,", csv[0], StringComparison.Ordinal);
        // buy, packs, pack_size, quantity, canonical_unit, shortfall
        Assert.Contains(csv, l => l.StartsWith("HH-rice,rice,", StringComparison.Ordinal)
            && l.Contains(",1 kg,1,1000,1000,g,300,", StringComparison.Ordinal));
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "lists", "shopping-list.html"));
        Assert.Contains("<td>rice</td><td>1 kg</td>", html, StringComparison.Ordinal);
        Assert.Contains("tofu: one purchase only", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShoppingList_Table_DefaultFolderUnderTheDataDir()
    {
        await SeedAsync();

        var result = await Household("shopping-list", "--days", "7");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 of 3 items to buy", result.Output, StringComparison.Ordinal);
        Assert.Contains("│ rice │ 1 kg", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Data, "shopping", "U000042", "shopping-list.csv")));
        Assert.True(File.Exists(Path.Combine(Data, "shopping", "U000042", "shopping-list.html")));
    }

    [Fact]
    public async Task ShoppingList_BadDaysOrUnknownHousehold_TypedErrorExit2NoFiles()
    {
        var unknown = await Household("shopping-list");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("UnknownHousehold", unknown.All, StringComparison.Ordinal);

        await SeedAsync();
        var zero = await Household("shopping-list", "--days", "0");
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("InvalidRequest: days: 0 is not between 1 and 60", zero.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Data, "shopping")));
    }

    /// <summary>In process no workflow runs between commands, so nothing keeps a list: --cached says so, typed, and
    /// points at the command that computes one; with --days it names the option (the kept list is the week).</summary>
    [Fact]
    public async Task Cached_InProcess_SaysNoWorkflowKeepsAList_TypedExit2NoStackTrace()
    {
        await SeedAsync();

        var cached = await Household("shopping-list", "--cached");
        var days = await Household("shopping-list", "--cached", "--days", "14");

        Assert.Equal(2, cached.ExitCode);
        Assert.Contains("error: InvalidRequest: --cached", cached.All, StringComparison.Ordinal);
        Assert.Contains("TEMPORAL_ADDRESS", cached.All, StringComparison.Ordinal);
        Assert.DoesNotContain(" at PantryPilot", cached.All, StringComparison.Ordinal);
        Assert.Equal(2, days.ExitCode);
        Assert.Contains("error: --days:", days.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Data, "shopping")));
    }
}
