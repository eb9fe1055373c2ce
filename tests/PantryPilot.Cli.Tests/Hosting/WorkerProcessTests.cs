using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Hosting;

/// <summary>`pantrypilot worker` and a client command read the same configuration as `pantrypilot-inference`.</summary>
public class WorkerProcessTests
{
    [Fact]
    public async Task Worker_ServerUnreachable_PrintsWhereItConnectsAndRetriesPolitely()
    {
        var dataRoot = CliRunner.TempDir();
        var port = ClosedPort.Next();
        using var process = CliRunner.Start(["worker"], new Dictionary<string, string?>
        {
            ["TEMPORAL_ADDRESS"] = $"127.0.0.1:{port}",
            ["TEMPORAL_NAMESPACE"] = "pantry-ns",
            ["TEMPORAL_TASK_QUEUE"] = "pantry-pipeline-eu",
            ["TEMPORAL_API_KEY"] = "never-print-me",
            ["PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES"] = "5",
            ["PANTRYPILOT_DATA_ROOT"] = dataRoot,
        });
        var (lines, output) = await CliRunner.ReadUntilRetriedAsync(process, retries: 2, TimeSpan.FromSeconds(90));
        Assert.Contains($"Worker for 127.0.0.1:{port} namespace pantry-ns task queue pantry-pipeline-eu (API key, TLS), up to 5 concurrent activities, data root {dataRoot}", output, StringComparison.Ordinal);
        Assert.Equal(2, lines.Count(l => l.Contains("is unreachable (Connection refused); retrying in", StringComparison.Ordinal)));
        Assert.DoesNotContain("never-print-me", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "configuration error: TEMPORAL_ADDRESS is not set")]
    [InlineData("PANTRYPILOT_DATA_ROOT", "/no/such/pantry-root", "configuration error: PANTRYPILOT_DATA_ROOT '/no/such/pantry-root' is not an existing folder")]
    [InlineData("TEMPORAL_TLS_CLIENT_KEY_PATH", "/no/key.pem", "configuration error: mTLS needs both TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH")]
    [InlineData("TEMPORAL_TLS_CERT", "/no/cert.pem", "configuration error: TEMPORAL_TLS_CERT is no longer read: set TEMPORAL_TLS_CLIENT_CERT_PATH")]
    public async Task Worker_BadConfiguration_ExitsTwoNamingTheVariable(string? name, string? value, string expected)
    {
        var environment = new Dictionary<string, string?>();
        if (name is not null)
        {
            environment["TEMPORAL_ADDRESS"] = "127.0.0.1:1";
            environment[name] = value;
        }

        var result = await CliRunner.RunAsync(["worker"], environment);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("unreachable", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pipeline", "status", "--id", "pantry-pipeline-2026-11-24")]
    [InlineData("temporal", "setup")]
    [InlineData("schedule", "describe")]
    public async Task ClientCommand_BadValue_IsReportedTheSameWayBeforeConnecting(params string[] command)
    {
        var result = await CliRunner.RunAsync(command, new Dictionary<string, string?>
        {
            ["TEMPORAL_ADDRESS"] = "127.0.0.1:1",
            ["TEMPORAL_TLS"] = "sometimes",
        });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("configuration error: TEMPORAL_TLS 'sometimes' is not true or false", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("unreachable", result.All, StringComparison.Ordinal);
    }
}
