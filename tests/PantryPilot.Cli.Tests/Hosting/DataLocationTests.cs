using PantryPilot.Cli.Tests.Support;
using PantryPilot.Domain.Storage;
using PantryPilot.Hosting;

namespace PantryPilot.Cli.Tests.Hosting;

/// <summary>Payloads carry data locations relative to the workers' data root, never the starting machine's paths.</summary>
public class DataLocationTests
{
    private static readonly DataLocator NoClientRoot = DataLocator.ForWorkers(null);

    [Theory]
    [InlineData("data", "data")]
    [InlineData("./data/", "data")]
    [InlineData("runs/2026/../2026-11-24", "runs/2026-11-24")]
    [InlineData("gen/inventory.csv", "gen/inventory.csv")]
    public void ForWorkers_RelativePath_StaysRelativeAndNormalised(string typed, string expected) =>
        Assert.Equal(expected, NoClientRoot.Locate(typed, "--data-dir"));

    [Theory]
    [InlineData("../elsewhere")]
    [InlineData("data/../../etc")]
    [InlineData("..")]
    public void ForWorkers_PathLeavingTheRoot_IsRefused(string typed)
    {
        var e = Assert.Throws<ArgumentException>(() => NoClientRoot.Locate(typed, "--data-dir"));

        Assert.Contains($"--data-dir '{typed}' leaves the workers' data root (PANTRYPILOT_DATA_ROOT)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForWorkers_AbsolutePathWithoutAClientRoot_IsRefusedWithWhatToDo()
    {
        var e = Assert.Throws<ArgumentException>(() => NoClientRoot.Locate("/home/me/pantry/data", "--data-dir"));

        Assert.Contains("--data-dir '/home/me/pantry/data' is a path on this machine", e.Message, StringComparison.Ordinal);
        Assert.Contains("PANTRYPILOT_DATA_ROOT", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForWorkers_AbsolutePathUnderTheClientRoot_IsTranslated()
    {
        var locator = DataLocator.ForWorkers("/mnt/pantry");

        Assert.Equal("data", locator.Locate("/mnt/pantry/data", "--data-dir"));
        Assert.Equal("in/inventory.csv", locator.Locate("/mnt/pantry/./in/inventory.csv", "--inventory-csv"));
    }

    [Fact]
    public void ForWorkers_AbsolutePathOutsideTheClientRoot_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => DataLocator.ForWorkers("/mnt/pantry").Locate("/mnt/pantry-other/data", "--suites"));

        Assert.Contains("--suites '/mnt/pantry-other/data' is not under PANTRYPILOT_DATA_ROOT '/mnt/pantry'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_AnyPath_IsTheFullLocalPath() =>
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "data"), DataLocator.Local.Locate("data", "--data-dir"));

    [Fact]
    public void DataRoot_MissingFolder_NamesTheVariable()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => new DataRootOptions { Root = "/no/such/pantry-root" }.FullRoot());

        Assert.StartsWith("PANTRYPILOT_DATA_ROOT '/no/such/pantry-root' is not an existing folder", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PipelineStart_AbsoluteDataDir_IsRefusedBeforeConnecting()
    {
        // No server is needed: the refusal comes before the connection (a closed port would say "unreachable").
        var result = await CliRunner.RunAsync(["pipeline", "start", "--data-dir", "/srv/my-laptop/data", "--as-of", "2026-11-24"],
            new Dictionary<string, string?> { ["TEMPORAL_ADDRESS"] = "127.0.0.1:1" });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--data-dir '/srv/my-laptop/data' is a path on this machine", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("unreachable", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduleApply_CsvOutsideTheClientRoot_IsRefused()
    {
        var result = await CliRunner.RunAsync(
            ["schedule", "apply", "--source", "csv", "--inventory-csv", "/tmp/inv.csv", "--purchases-csv", "in/p.csv"],
            new Dictionary<string, string?> { ["TEMPORAL_ADDRESS"] = "127.0.0.1:1", ["PANTRYPILOT_DATA_ROOT"] = "/mnt/pantry" });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--inventory-csv '/tmp/inv.csv' is not under PANTRYPILOT_DATA_ROOT '/mnt/pantry'", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelStart_AbsoluteDataDir_IsRefused()
    {
        var result = await CliRunner.RunAsync(["model", "start", "--name", "x", "--data-dir", "/srv/my-laptop/models"],
            new Dictionary<string, string?> { ["TEMPORAL_ADDRESS"] = "127.0.0.1:1" });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--data-dir '/srv/my-laptop/models' is a path on this machine", result.All, StringComparison.Ordinal);
    }
}
