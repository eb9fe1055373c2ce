using System.Diagnostics;
using PantryPilot.Cli.Pipeline;

namespace PantryPilot.Cli.Tests.Hosting;

/// <summary>SIGTERM on a real `pantrypilot` process (what Kubernetes sends on a rolling deploy or scale-down): the
/// running activity is cancelled through its context, stops and removes its temp files, and the process exits by
/// itself, cleanly, well within the grace period. Before, System.CommandLine ended it after 2 s with exit 143.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public Task PipelineRun_SigtermDuringIngest_ExitsCancelledWithinGraceLeavingNoTempFiles() => InterruptDuringIngestAsync("-TERM");

    /// <summary>Ctrl-C is SIGINT: the same clean stop, and "cancelled" said in words, without a .NET type name.</summary>
    [Fact]
    public Task PipelineRun_CtrlCDuringIngest_SaysCancelledWithoutTypeNames() => InterruptDuringIngestAsync("-INT");

    private static async Task InterruptDuringIngestAsync(string signal)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), $"pantry-sigterm-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        // Big enough that ingest is still running a few seconds after it starts.
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "pantrypilot.dll"), "pipeline", "run", "--data-dir", dataDir, "--users", "40000", "--purchases-per-user", "80" })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("TEMPORAL_ADDRESS");
        start.Environment.Remove("DATABASE_URL");
        start.Environment["NO_COLOR"] = "1";
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = new System.Text.StringBuilder();
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync()) is not null)
            {
                output.AppendLine(line);
                if (line.Contains("ingest ...", StringComparison.Ordinal))
                {
                    break;
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(process.HasExited, $"the run ended before it could be interrupted:\n{output}");
            var clock = Stopwatch.StartNew();
            using (var kill = Process.Start("kill", [signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            output.Append(await process.StandardOutput.ReadToEndAsync());
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
            clock.Stop();

            Assert.True(process.ExitCode == 130, $"exit {process.ExitCode} (143 = ended by force)\n{output}\n{await error}");
            Assert.Contains("cancelled", output.ToString(), StringComparison.Ordinal);
            var all = output + await error;
            Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < InProcessStageRunner.CancellationGrace, $"took {clock.Elapsed}");
            Assert.Empty(Directory.Exists(dataDir) ? Directory.GetFiles(dataDir, "*.tmp", SearchOption.AllDirectories) : []);
        }
        finally
        {
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }
        }
    }

    [Fact]
    public void ProcessTerminationTimeout_OutlastsTheWorkersGracefulShutdown()
    {
        Assert.True(PantryPilotCli.ProcessTerminationTimeout > PantryPilot.Cli.Hosting.WorkerHostExtensions.GracefulShutdown);
        Assert.Null(PantryPilotCli.Invocation.ProcessTerminationTimeout); // handled by PantryPilotCli itself
    }
}
