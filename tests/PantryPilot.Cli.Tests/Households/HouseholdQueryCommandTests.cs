using System.Text.Json;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Households;

/// <summary>A household query with --json prints the payload a Temporal caller gets, not the table: 2 eggs bought are
/// one item of 2 pcs in one lot.</summary>
public sealed class HouseholdQueryCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("household-query-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Task<CliRunner.Result> Household(params string[] args) =>
        CliRunner.RunAsync(
            ["household", .. args, "--household", "U000043", "--data-dir", Path.Combine(folder, "data")],
            workingDirectory: folder);

    [Fact]
    public async Task Pantry_Json_PrintsThePayloadNotTheTable()
    {
        Assert.Equal(0, (await Household("purchase", "--line", "egg:2:pcs")).ExitCode);

        var result = await Household("pantry", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("│", result.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("U000043", json.RootElement.GetProperty("householdId").GetString());
        var egg = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(("egg", 2.0, "pcs", 1), (egg.GetProperty("name").GetString(), egg.GetProperty("quantity").GetDouble(),
            egg.GetProperty("unit").GetString(), egg.GetProperty("lots").GetInt32()));
    }
}
