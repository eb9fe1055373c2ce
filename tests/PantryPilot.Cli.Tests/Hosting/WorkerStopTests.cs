using System.Diagnostics;
using System.Globalization;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Hosting;

/// <summary>A worker is meant to be stopped with SIGTERM (a rolling deploy, a scale-down): one that stops cleanly exits
/// 0, as a service should; 130 is for a command interrupted before it finished (docs/data-quality.md, "Exit codes").</summary>
public class WorkerStopTests
{
    [Theory]
    [InlineData("pantrypilot", "worker", "worker stopped")]
    [InlineData("pantrypilot-inference", "", "stopped while waiting for the server")]
    public async Task IdleWorker_Sigterm_StopsCleanlyAndExitsZero(string program, string args, string said)
    {
        using var process = CliRunner.StartProgram(program, args.Split(' ', StringSplitOptions.RemoveEmptyEntries), new Dictionary<string, string?>
        {
            ["TEMPORAL_ADDRESS"] = $"127.0.0.1:{ClosedPort.Next()}",
            ["PANTRYPILOT_DATA_ROOT"] = CliRunner.TempDir(),
        });
        var error = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));

        // Idle: configured, waiting for its server (the first retry line says so).
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            lines.Add(line);
            if (line.Contains("unreachable", StringComparison.Ordinal))
            {
                break;
            }
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        lines.Add(await process.StandardOutput.ReadToEndAsync(timeout.Token));
        await process.WaitForExitAsync(timeout.Token);
        var all = string.Join('\n', lines) + await error;

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{all}");
        Assert.Contains(said, all, StringComparison.Ordinal);
    }
}
