using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Commands;

/// <summary>Every command that connects to Temporal exits the same code (6) when the server cannot be reached,
/// naming the address, without a stack trace; with TEMPORAL_ADDRESS unset, client commands say which address they
/// use. The real executable, a closed port.</summary>
public class ConnectionErrorTests
{
    public static TheoryData<string> Connecting => new()
    {
        "pipeline start --as-of 2026-11-24",
        "pipeline status --id pantry-pipeline-2026-11-24",
        "pipeline cancel --id pantry-pipeline-2026-11-24",
        "pipeline signal-new-data --for 2026-11-24",
        "pipeline run --temporal --users 2",
        "schedule apply",
        "schedule describe",
        "schedule trigger",
        "schedule delete",
        "model start --name demo",
        "model status --id recipe-model-demo",
        "model cancel --id recipe-model-demo",
        "model approve --id recipe-model-demo --by ana",
        "temporal setup",
    };

    [Theory]
    [MemberData(nameof(Connecting))]
    public async Task Command_ServerUnreachable_ExitsSixNamingTheAddress(string command)
    {
        var port = ClosedPort.Next();
        var dataRoot = CliRunner.TempDir();

        var result = await CliRunner.RunAsync(command.Split(' '), new Dictionary<string, string?>
        {
            ["TEMPORAL_ADDRESS"] = $"127.0.0.1:{port}",
            ["PANTRYPILOT_DATA_ROOT"] = dataRoot,
        }, workingDirectory: dataRoot);

        Assert.True(result.ExitCode == 6, $"exit {result.ExitCode}\n{result.All}");
        Assert.Contains($"Temporal server at 127.0.0.1:{port} is unreachable (Connection refused) after", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientCommand_AddressUnset_SaysItUsesTheLocalDevServer()
    {
        var result = await CliRunner.RunAsync(["pipeline", "status", "--id", "pantry-pipeline-2026-11-24"], new Dictionary<string, string?>
        {
            ["TEMPORAL_ADDRESS"] = null,
        });

        Assert.Contains("Temporal localhost:7233, namespace default (TEMPORAL_ADDRESS is unset: using the local development server at localhost:7233)", result.Output, StringComparison.Ordinal);
        if (result.ExitCode == 6)
        {
            // No dev server here (the usual case on CI): the error says what was assumed and how to change it.
            Assert.Contains("TEMPORAL_ADDRESS is unset, so localhost:7233 was tried: set it to your server's host:port", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Db_DatabaseUnreachable_ExitsEight()
    {
        var port = ClosedPort.Next();

        var result = await CliRunner.RunAsync(["db", "status"], new Dictionary<string, string?>
        {
            ["DATABASE_URL"] = $"postgres://pantrypilot:pantrypilot@127.0.0.1:{port}/pantrypilot",
        });

        Assert.True(result.ExitCode == 8, $"exit {result.ExitCode}\n{result.All}");
        Assert.Contains($"127.0.0.1:{port}", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }
}
