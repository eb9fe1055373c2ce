using System.Diagnostics;
using System.Text.Json;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests;

/// <summary>One run owns a data folder, and a run killed with SIGKILL anywhere then run again ends exactly where an
/// uninterrupted run ends: real `pantrypilot` processes on real folders.</summary>
public class DataFolderIntegrityTests
{
    private static readonly string[] Run = ["--users", "60", "--items-per-user", "12", "--purchases-per-user", "20", "--seed", "11", "--as-of", "2025-10-23"];

    [Fact]
    public async Task PipelineRun_SigkillAtSeveralPointsThenRerun_SameSnapshotAsAnUninterruptedRunAndNoTempFiles()
    {
        var reference = CliRunner.TempDir();
        var clean = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", reference, .. Run]);
        Assert.True(clean.ExitCode == 0, clean.All);
        var expected = Head(reference);

        // Markers the progress printer writes when a stage starts or ends; the kill lands at or just after each.
        foreach (var marker in new[] { "ingest ...", "ingest done", "transform done", "version ..." })
        {
            var dataDir = CliRunner.TempDir(); // another folder: the id must not depend on where the data lives
            var killed = await KillWhenAsync(["pipeline", "run", "--data-dir", dataDir, .. Run], marker);

            var rerun = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, .. Run]);

            Assert.True(rerun.ExitCode == 0, $"killed at '{marker}' ({killed}), then: {rerun.All}");
            Assert.Equal(expected, Head(dataDir));
            Assert.Equal(expected, ReportedSnapshot(dataDir));
            Assert.Empty(Directory.EnumerateFiles(dataDir, "*.tmp", SearchOption.AllDirectories));
            Assert.False(Directory.Exists(Path.Combine(dataDir, ".staging")) && Directory.EnumerateFileSystemEntries(Path.Combine(dataDir, ".staging")).Any(), "a staging folder was left behind");
            Assert.False(File.Exists(Path.Combine(dataDir, ".pantrypilot.lock")), "the lock was not released");
        }
    }

    [Fact]
    public async Task PipelineRun_TwoProcessesOnOneFolder_SecondFailsFastAndFirstPublishesItsOwnRun()
    {
        var dataDir = CliRunner.TempDir();
        using var first = CliRunner.Start(["pipeline", "run", "--data-dir", dataDir, "--run-id", "first", .. Run]);
        var firstOutput = first.StandardOutput.ReadToEndAsync();
        var firstError = first.StandardError.ReadToEndAsync();
        var lockFile = Path.Combine(dataDir, ".pantrypilot.lock");
        var waited = Stopwatch.StartNew();
        while (!File.Exists(lockFile) && !first.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        var clock = Stopwatch.StartNew();
        var second = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, "--run-id", "second", "--seed", "99", .. Run.Where(a => a != "--seed" && a != "11")]);
        clock.Stop();
        await first.WaitForExitAsync();

        Assert.Equal(7, second.ExitCode);
        Assert.Contains("is in use by run first", second.All, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the second run took {clock.Elapsed} to give up");
        Assert.True(first.ExitCode == 0, await firstOutput + await firstError);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDir, "reports", "run-report.json")));
        Assert.Equal("first", report.RootElement.GetProperty("run_id").GetString());
        Assert.Equal(Head(dataDir), report.RootElement.GetProperty("snapshot_id").GetString());
    }

    /// <summary>A workflow run on Temporal holds the folder (its lock names the workflow run, as its first activity
    /// writes it): the in-process run fails fast with exit 7 naming it; once the lock is older than the lease it is
    /// taken over.</summary>
    [Fact]
    public async Task PipelineRun_FolderHeldByAWorkflowRun_FailsFastUntilTheLeaseRunsOut()
    {
        var dataDir = CliRunner.TempDir();
        var lockPath = Path.Combine(dataDir, ".pantrypilot.lock");
        await File.WriteAllTextAsync(lockPath, """
            {"run_id":"pantry-pipeline-2025-10-23","pid":4242,"host":"worker-3","started_at":"2025-10-23T06:00:00.0000000+00:00","workflow_id":"pantry-pipeline-2025-10-23","workflow_run_id":"0199-abc"}
            """);

        var busy = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, .. Run]);
        File.SetLastWriteTimeUtc(lockPath, DateTime.UtcNow - TimeSpan.FromHours(5));
        var later = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, .. Run]);

        Assert.Equal(7, busy.ExitCode);
        Assert.Contains("is in use by workflow pantry-pipeline-2025-10-23 (run 0199-abc", busy.All, StringComparison.Ordinal);
        Assert.True(later.ExitCode == 0, later.All);
        Assert.Contains("taking over a stale lock", later.All, StringComparison.Ordinal);
        Assert.False(File.Exists(lockPath), "the run releases the lock it took over");
    }

    [Fact]
    public async Task PipelineRun_StaleLockOfAKilledRun_IsTakenOverWithAMessage()
    {
        var dataDir = CliRunner.TempDir();
        await KillWhenAsync(["pipeline", "run", "--data-dir", dataDir, "--run-id", "doomed", .. Run], "ingest done");
        Assert.True(File.Exists(Path.Combine(dataDir, ".pantrypilot.lock")), "SIGKILL leaves the lock behind");

        var next = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, .. Run]);

        Assert.True(next.ExitCode == 0, next.All);
        Assert.Contains("taking over a stale lock", next.All, StringComparison.Ordinal);
        Assert.Contains("run doomed", next.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PipelineRun_EarlierCsvOutputs_AreNotPublishedByALaterRunWithoutCsv()
    {
        var dataDir = CliRunner.TempDir();
        var withCsv = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, "--csv", "--fault-rate", "0.05", "--policy", "quarantine", .. Run]);
        Assert.True(withCsv.ExitCode == 0, withCsv.All);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dataDir, "processed"), "*.csv"));

        var without = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, .. Run]);

        Assert.True(without.ExitCode == 0, without.All);
        Assert.Empty(Directory.GetFiles(Path.Combine(dataDir, "processed"), "*.csv"));
        Assert.False(Directory.Exists(Path.Combine(dataDir, "quarantine")) && Directory.EnumerateFiles(Path.Combine(dataDir, "quarantine")).Any(), "old quarantine files stayed beside the new run");
    }

    [Fact]
    public async Task DataCheckout_OfAnEarlierSnapshot_SaysTheReportsDescribeAnotherRun()
    {
        var dataDir = CliRunner.TempDir();
        Assert.Equal(0, (await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, .. Run])).ExitCode);
        var first = Head(dataDir);
        Assert.Equal(0, (await CliRunner.RunAsync(["pipeline", "run", "--data-dir", dataDir, "--run-id", "later", .. Run.Select(a => a == "11" ? "12" : a)])).ExitCode);
        Assert.NotEqual(first, Head(dataDir));

        var checkout = await CliRunner.RunAsync(["data", "checkout", first, "--data-dir", dataDir]);

        Assert.True(checkout.ExitCode == 0, checkout.All);
        Assert.Contains("not versioned: reports/ and quarantine/ are not part of snapshots; they still describe run later", checkout.All, StringComparison.Ordinal);
        Assert.Equal(first, Head(dataDir));
    }

    /// <summary>Starts the command, sends SIGKILL as soon as its output contains <paramref name="marker"/>, waits for it to die.</summary>
    private static async Task<string> KillWhenAsync(string[] args, string marker)
    {
        using var process = CliRunner.Start(args);
        var error = process.StandardError.ReadToEndAsync();
        var seen = new System.Text.StringBuilder();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            seen.AppendLine(line);
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                process.Kill(); // SIGKILL on Unix: no finally blocks, no cleanup
                break;
            }
        }

        await process.WaitForExitAsync();
        await error;
        Assert.True(seen.ToString().Contains(marker, StringComparison.Ordinal), $"the run never printed '{marker}': {seen}");
        return seen.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
    }

    private static string Head(string dataDir) => File.ReadAllText(Path.Combine(dataDir, ".pantry", "HEAD")).Trim();

    private static string ReportedSnapshot(string dataDir)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDir, "reports", "run-report.json")));
        return report.RootElement.GetProperty("snapshot_id").GetString()!;
    }
}
