using System.Text.Json;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests;

/// <summary>The README's first command, end to end: the whole pipeline in-process on generated data.</summary>
public class PipelineRunTests
{
    private static readonly string[] Small = ["--users", "30", "--items-per-user", "12", "--purchases-per-user", "20", "--as-of", "2026-11-24"];

    [Fact]
    public async Task PipelineRun_EmbeddedDefault_RunsEveryStageInProcessAndConservesRows()
    {
        var dataDir = CliRunner.TempDir();

        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, .. Small]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("in-process", result.All, StringComparison.OrdinalIgnoreCase);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDir, "reports", "run-report.json")));
        var root = report.RootElement;
        Assert.True(root.GetProperty("rows_conserved").GetBoolean());
        var stages = root.GetProperty("stages").EnumerateArray().ToArray();
        foreach (var stage in new[] { "ingest", "validate", "transform" })
        {
            Assert.Contains(stages, s => s.GetProperty("stage").GetString() == stage);
        }

        var inventoryIngest = stages.Single(s => s.GetProperty("stage").GetString() == "ingest" && s.GetProperty("table").GetString() == "inventory");
        Assert.Equal(30 * 12, inventoryIngest.GetProperty("rows_in").GetInt64());
        foreach (var s in stages)
        {
            Assert.Equal(s.GetProperty("rows_in").GetInt64(), s.GetProperty("rows_out").GetInt64() + s.GetProperty("rows_quarantined").GetInt64());
        }

        Assert.False(string.IsNullOrEmpty(root.GetProperty("snapshot_id").GetString()));
        Assert.True(File.Exists(Path.Combine(dataDir, "processed", "inventory.parquet")));
        Assert.True(File.Exists(Path.Combine(dataDir, "alerts", "alerts.csv")));
        Assert.True(File.Exists(Path.Combine(dataDir, "reports", "validation.html")));
    }

    [Fact]
    public async Task PipelineRun_SameDataTwice_SameSnapshotId()
    {
        var dataDir = CliRunner.TempDir();

        var first = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, .. Small]);
        var firstId = SnapshotId(dataDir);
        var second = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, .. Small]);

        Assert.True(first.ExitCode == 0, first.All);
        Assert.True(second.ExitCode == 0, second.All);
        Assert.Equal(firstId, SnapshotId(dataDir));
    }

    [Fact]
    public async Task PipelineRun_WithFaults_QuarantinesWithReasonsAndLosesNothing()
    {
        var dataDir = CliRunner.TempDir();

        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, "--fault-rate", "0.1", "--policy", "quarantine", "--csv", .. Small]);

        Assert.True(result.ExitCode == 0, result.All);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDir, "reports", "run-report.json")));
        Assert.True(report.RootElement.GetProperty("rows_conserved").GetBoolean());
        var quarantined = report.RootElement.GetProperty("stages").EnumerateArray().Sum(s => s.GetProperty("rows_quarantined").GetInt64());
        Assert.True(quarantined > 0, "a 10% fault rate must quarantine something");
        var quarantineCsvs = Directory.GetFiles(Path.Combine(dataDir, "quarantine"), "*.csv");
        Assert.NotEmpty(quarantineCsvs);
        var header = File.ReadLines(quarantineCsvs[0]).First();
        Assert.Contains("reason", header, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dataDir, "processed", "inventory.csv")));
        var processedHeader = File.ReadLines(Path.Combine(dataDir, "processed", "inventory.csv")).First();
        foreach (var column in new[] { "qty_canonical", "canonical_unit", "stock_value", "is_low_stock" })
        {
            Assert.Contains(column, processedHeader, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PipelineRun_StopPolicyOnFaultyData_ExitsNonZeroAndSaysWhichSuite()
    {
        var dataDir = CliRunner.TempDir();

        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, "--fault-rate", "0.2", "--policy", "stop", .. Small]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("suite", result.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dataDir, "reports", "validation.html")), "a failing suite is reported, not hidden");
    }

    [Fact]
    public async Task PipelineRun_BadAsOf_ClearErrorNoStackTrace()
    {
        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", CliRunner.TempDir(), "--as-of", "24/11/2026"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as-of", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PipelineRun_CsvSourceMissingFile_NamesTheFile()
    {
        var dir = CliRunner.TempDir();
        var missing = Path.Combine(dir, "no-such-inventory.csv");
        await File.WriteAllTextAsync(Path.Combine(dir, "p.csv"), "user_id\n");

        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", Path.Combine(dir, "data"), "--source", "csv", "--inventory-csv", missing, "--purchases-csv", Path.Combine(dir, "p.csv")]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no-such-inventory.csv", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }

    private static string SnapshotId(string dataDir)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDir, "reports", "run-report.json")));
        return report.RootElement.GetProperty("snapshot_id").GetString() ?? throw new InvalidOperationException("no snapshot id");
    }
}
