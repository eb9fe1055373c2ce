using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Households;

/// <summary>
/// `pantrypilot household receipt` end to end in a real process on the embedded store: a hand-written CORD receipt
/// into a household that holds 2 eggs and 500 g of sugar. Worked out by hand: the receipt adds 10 eggs (one pack of
/// ten) and 2 kg of sugar (two 1 kg packs); the plastic bag is kept as non-food. Sent twice it is recorded once.
/// </summary>
public sealed class HouseholdReceiptCommandTests : IDisposable
{
    private const string Shop = """
        {"gt_parse": {"menu": [
          {"nm": "TELUR AYAM 10BTR", "cnt": "1", "price": "25,000"},
          {"nm": "GULA PASIR 1KG", "cnt": "2", "price": "30,000"},
          {"nm": "KANTONG PLASTIK", "cnt": "1", "price": "200"}
        ], "total": {"total_price": "55,200"}}}
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("receipts-cli-").FullName;

    private string Data => Path.Combine(folder, "data");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task<CliRunner.Result> Household(params string[] args) =>
        CliRunner.RunAsync(
            ["household", .. args, "--household", "U000042", "--data-dir", Data], workingDirectory: folder);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The pantry table's rows ("│ egg   │ 12 pcs   │ 2 │ - │") as "item unit" → quantity.</summary>
    private async Task<Dictionary<string, double>> PantryAsync()
    {
        var result = await Household("pantry");
        Assert.Equal(0, result.ExitCode);
        return Regex.Matches(result.Output, @"│ (\S[^│]*?)\s+│ ([0-9.]+) (\S+)\s+│")
            .ToDictionary(m => $"{m.Groups[1].Value} {m.Groups[3].Value}", m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Receipt_SentTwice_RecordedOnceBagKeptEveryLineReported()
    {
        Assert.Equal(0, (await Household("purchase", "--line", "egg:2:pcs", "--line", "sugar:500:g")).ExitCode);
        var receipt = Write("shop.json", Shop);

        var first = await Household("receipt", "--file", receipt);
        var second = await Household("receipt", "--file", receipt);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains(
            "shop.json line 3 (menu[2]) 'KANTONG PLASTIK' kept, not applied: NotPantryItem",
            first.Output,
            StringComparison.Ordinal);
        var pantry = await PantryAsync();
        Assert.Equal(12, pantry["egg pcs"], 6);
        Assert.Equal(2.5, pantry["sugar kg"], 6);
    }

    [Fact]
    public async Task Receipt_Json_EveryLineWithFieldAndPrintedNameAndAReportFileKept()
    {
        Assert.Equal(0, (await Household("purchase", "--line", "egg:2:pcs", "--line", "sugar:500:g")).ExitCode);

        var result = await Household("receipt", "--file", Write("shop.json", Shop), "--json");

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(result.Output);
        var lines = report.RootElement.GetProperty("lines").EnumerateArray()
            .Select(l => (l.GetProperty("field").GetString(), l.GetProperty("printed").GetString(), l.GetProperty("applied").GetBoolean()))
            .ToList();
        Assert.Equal([("menu[0]", "TELUR AYAM 10BTR", true), ("menu[1]", "GULA PASIR 1KG", true), ("menu[2]", "KANTONG PLASTIK", false)], lines);
        var requestId = report.RootElement.GetProperty("requestId").GetString();
        Assert.True(File.Exists(Path.Combine(Data, "receipts", $"{requestId}.json")));
    }

    [Fact]
    public async Task Receipt_WrongTotal_SetAsideExit2PantryUnchanged()
    {
        Assert.Equal(0, (await Household("purchase", "--line", "egg:2:pcs", "--line", "sugar:500:g")).ExitCode);

        var result = await Household("receipt", "--file", Write("wrong.json", Shop.Replace("55,200", "60,000", StringComparison.Ordinal)));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("wrong.json: SetAside", result.Output, StringComparison.Ordinal);
        Assert.Contains("wrong.json line 1 (menu[0]) 'TELUR AYAM 10BTR' kept, not applied", result.Output, StringComparison.Ordinal);
        var pantry = await PantryAsync();
        Assert.Equal(2, pantry["egg pcs"], 6);
        Assert.Equal(500, pantry["sugar g"], 6);
    }

    [Fact]
    public async Task Receipt_NewHousehold_ItemOptionNamesTheCandidatesAndCreatesIt()
    {
        var result = await Household("receipt", "--file", Write("shop.json", Shop), "--item", "egg", "--item", "sugar");

        Assert.Equal(0, result.ExitCode);
        var pantry = await PantryAsync();
        Assert.Equal(10, pantry["egg pcs"], 6);
        Assert.Equal(2, pantry["sugar kg"], 6);
    }

    [Theory]
    [InlineData("broken.json", "{\"gt_parse\": {\"menu\": [{\"nm\": \"GULA", "broken.json: not valid JSON at line 1")]
    [InlineData("missing.json", null, "missing.json")]
    public async Task Receipt_Unreadable_Exit2NamingTheFileNoStackTrace(string name, string? text, string message)
    {
        var path = text is null ? Path.Combine(folder, name) : Write(name, text);

        var result = await Household("receipt", "--file", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }
}
