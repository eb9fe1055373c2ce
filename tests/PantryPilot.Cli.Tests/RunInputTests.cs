using System.Text.Json;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests;

/// <summary>Options are checked before any work, the first line says which source and why, and file-level faults
/// fail the run with the file and line; real processes, real files.</summary>
public class RunInputTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "original");

    [Theory]
    [InlineData("--users", "-5", "--users -5 must not be negative")]
    [InlineData("--expiring-days", "-3", "--expiring-days -3 must not be negative")]
    [InlineData("--inventory-csv", "x.csv", "--inventory-csv applies only to --source csv")]
    [InlineData("--source", "1", "--source '1' is not one of synthetic, postgres, csv")]
    public async Task PipelineRun_InapplicableOrNegativeOption_FailsBeforeAnyWork(string option, string value, string message)
    {
        var dataDir = Path.Combine(CliRunner.TempDir(), "data");

        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dataDir), "nothing may be written before the options are checked");
    }

    [Fact]
    public async Task PipelineRun_SyntheticOptionWithCsvSource_IsAnError()
    {
        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", CliRunner.TempDir(), "--source", "csv", "--inventory-csv", "a.csv", "--purchases-csv", "b.csv", "--users", "10"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--users applies only to --source synthetic", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PipelineRun_DatabaseUrlExported_StillTheNoDatabaseDefaultAndSaysSoOnTheFirstLine()
    {
        var result = await CliRunner.RunAsync(
            ["pipeline", "run", "--data-dir", CliRunner.TempDir(), "--users", "5", "--as-of", "2026-11-24"],
            new Dictionary<string, string?> { ["DATABASE_URL"] = "postgres://nobody:secret@127.0.0.1:1/none" });

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(
            "source synthetic (the default): generating data, no database; DATABASE_URL is set but only --source postgres reads it",
            result.Output.Split('\n')[0].TrimEnd());
    }

    [Fact]
    public async Task PipelineRun_OriginalLayoutFiles_RunCleanAndTheFirstLineNamesThem()
    {
        var dataDir = CliRunner.TempDir();

        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, "--source", "csv", "--as-of", "2025-03-20",
            "--inventory-csv", Path.Combine(Fixtures, "inventory.csv"), "--purchases-csv", Path.Combine(Fixtures, "purchase_history.csv")]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.StartsWith("source csv (--source csv): reading ", result.Output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDir, "reports", "run-report.json")));
        Assert.All(report.RootElement.GetProperty("stages").EnumerateArray(), s => Assert.Equal(0, s.GetProperty("rows_quarantined").GetInt64()));
    }

    [Fact]
    public async Task PipelineRun_UnterminatedQuote_FailsNamingFileAndLineAndPublishesNothing()
    {
        var dir = CliRunner.TempDir();
        var lines = File.ReadAllLines(Path.Combine(Fixtures, "inventory.csv"));
        lines[4] = lines[4].Remove(lines[4].LastIndexOf('"'), 1); // the tags' closing quote is lost
        var inventory = Path.Combine(dir, "inventory.csv");
        await File.WriteAllLinesAsync(inventory, lines);
        Assert.Equal(1, lines[4].Count(c => c == '"') % 2);

        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", Path.Combine(dir, "data"), "--source", "csv", "--as-of", "2025-03-20",
            "--inventory-csv", inventory, "--purchases-csv", Path.Combine(Fixtures, "purchase_history.csv")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("inventory.csv line 5: a quote opened on this line", result.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "data", ".pantry")), "a failed run must not snapshot anything");
        Assert.False(Directory.Exists(Path.Combine(dir, "data", "raw")), "a failed run must not publish anything");
    }

    [Fact]
    public async Task PipelineRun_MisspeltHeader_ReportedOnConsoleReportAndHtmlAndFatalUnderStrict()
    {
        var dir = CliRunner.TempDir();
        var lines = File.ReadAllLines(Path.Combine(Fixtures, "inventory.csv"));
        lines[0] = lines[0].Replace(",brand,", ",brnad,", StringComparison.Ordinal);
        var inventory = Path.Combine(dir, "inventory.csv");
        await File.WriteAllLinesAsync(inventory, lines);
        string[] args = ["pipeline", "run", "--data-dir", Path.Combine(dir, "data"), "--source", "csv", "--as-of", "2025-03-20",
            "--inventory-csv", inventory, "--purchases-csv", Path.Combine(Fixtures, "purchase_history.csv")];
        const string Warning = "inventory.csv: header 'brnad' looks like a misspelling of the column 'brand'";

        var lenient = await CliRunner.RunAsync(args);
        var strict = await CliRunner.RunAsync([.. args, "--strict"]);

        Assert.True(lenient.ExitCode == 0, lenient.All);
        Assert.Contains(Warning, lenient.All, StringComparison.Ordinal);
        Assert.Contains(Warning, await File.ReadAllTextAsync(Path.Combine(dir, "data", "reports", "run-report.json")), StringComparison.Ordinal);
        Assert.Contains(Warning, System.Net.WebUtility.HtmlDecode(await File.ReadAllTextAsync(Path.Combine(dir, "data", "reports", "validation.html"))), StringComparison.Ordinal);
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains(Warning, strict.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PipelineRun_EmptySourceTable_FailsUnlessAllowEmpty()
    {
        var dir = CliRunner.TempDir();
        var inventory = Path.Combine(dir, "inventory.csv");
        await File.WriteAllTextAsync(inventory, File.ReadLines(Path.Combine(Fixtures, "inventory.csv")).First() + "\n");
        string[] args = ["pipeline", "run", "--data-dir", Path.Combine(dir, "data"), "--source", "csv", "--as-of", "2025-03-20",
            "--inventory-csv", inventory, "--purchases-csv", Path.Combine(Fixtures, "purchase_history.csv")];

        var refused = await CliRunner.RunAsync(args);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("table inventory from source csv has no rows", refused.All, StringComparison.Ordinal);
        var allowed = await CliRunner.RunAsync([.. args, "--allow-empty"]);
        Assert.True(allowed.ExitCode == 0, allowed.All);
    }

    [Fact]
    public async Task PipelineRun_OutputRedirected_LongLinesAreNotWrapped()
    {
        var dataDir = Path.Combine(CliRunner.TempDir(), new string('d', 120));

        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, "--users", "5", "--as-of", "2026-11-24"], new Dictionary<string, string?> { ["COLUMNS"] = null });

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains(result.Output.Split('\n'), l => l.Contains($"data in {dataDir}", StringComparison.Ordinal));
    }
}
