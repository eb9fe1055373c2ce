using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Hosting;

/// <summary>The built `pantrypilot-inference` run as an operator runs it: a separate process, its exit code and output.</summary>
public class InferenceHostProcessTests
{
    private const string Program = "pantrypilot-inference";

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_WithNoAndInvalidConfiguration_PrintsUsageAndExitsZero(string flag)
    {
        var none = await CliRunner.RunProgramAsync(Program, [flag]);
        var invalid = await CliRunner.RunProgramAsync(Program, [flag], new Dictionary<string, string?>
        {
            ["PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES"] = "lots",
            ["Inference__Provider"] = "tpu",
            ["PANTRYPILOT_MODEL_PATH"] = "/nowhere",
        });

        foreach (var result in new[] { none, invalid })
        {
            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith("Usage: pantrypilot-inference", result.Output, StringComparison.Ordinal);
            Assert.Contains("TEMPORAL_TASK_QUEUE", result.Output, StringComparison.Ordinal);
            Assert.Empty(result.Error);
        }
    }

    [Fact]
    public async Task Start_NoAddress_SaysSoAndExitsTwoWithoutAStackTrace()
    {
        var result = await CliRunner.RunProgramAsync(Program, []);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("configuration error: TEMPORAL_ADDRESS is not set", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BadValues_NamesTheVariable()
    {
        var result = await CliRunner.RunProgramAsync(Program, [], new Dictionary<string, string?>
        {
            ["TEMPORAL_ADDRESS"] = "localhost:7233",
            ["PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES"] = "lots",
        });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES 'lots' is not a whole number", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StaleInferenceTaskQueueKey_IsRefusedWithTheNameToUse()
    {
        var result = await CliRunner.RunProgramAsync(Program, [], new Dictionary<string, string?>
        {
            ["TEMPORAL_ADDRESS"] = "localhost:7233",
            ["Inference__TaskQueue"] = "pantry-inference",
        });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Inference:TaskQueue is no longer read: set TEMPORAL_TASK_QUEUE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnknownFlag_ExitsTwoWithUsage()
    {
        var result = await CliRunner.RunProgramAsync(Program, ["--chek"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown argument '--chek'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage: pantrypilot-inference", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_RequestedCudaGotCpu_FailsUnlessFallbackIsAllowed()
    {
        // This build references the CPU runtime only, so CUDA cannot load on any machine: the host falls back to CPU.
        var cuda = new Dictionary<string, string?> { ["Inference__Provider"] = "cuda" };

        var strict = await CliRunner.RunProgramAsync(Program, ["--check"], cuda);
        var lenient = await CliRunner.RunProgramAsync(Program, ["--check", "--allow-fallback"], cuda);
        var cpu = await CliRunner.RunProgramAsync(Program, ["--check"], new Dictionary<string, string?> { ["Inference__Provider"] = "cpu" });

        Assert.Contains("provider=cpu", strict.Output, StringComparison.Ordinal);
        Assert.Equal(3, strict.ExitCode);
        Assert.Contains("FAILED: requested cuda, got cpu", strict.Output, StringComparison.Ordinal);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("OK with fallback (requested cuda, got cpu", lenient.Output, StringComparison.Ordinal);
        Assert.Equal(0, cpu.ExitCode);
        Assert.EndsWith(": OK", cpu.Output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ServerUnreachable_PrintsWhereItConnectsAndRetriesPolitely()
    {
        var dataRoot = CliRunner.TempDir();
        using var process = CliRunner.StartProgram(Program, [], new Dictionary<string, string?>
        {
            ["TEMPORAL_ADDRESS"] = $"127.0.0.1:{ClosedPort.Next()}",
            ["TEMPORAL_NAMESPACE"] = "pantry-ns",
            ["TEMPORAL_TASK_QUEUE"] = "recipe-inference-eu",
            ["TEMPORAL_API_KEY"] = "never-print-me",
            ["PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES"] = "3",
            ["PANTRYPILOT_DATA_ROOT"] = dataRoot,
        });
        var (lines, output) = await CliRunner.ReadUntilRetriedAsync(process, retries: 2, TimeSpan.FromSeconds(60));
        Assert.Contains("namespace pantry-ns task queue recipe-inference-eu (API key, TLS), up to 3 concurrent activities", output, StringComparison.Ordinal);
        Assert.Contains($"data root {dataRoot}", output, StringComparison.Ordinal);
        Assert.Contains("this pool serves recipe-inference-eu", output, StringComparison.Ordinal);
        Assert.Equal(2, lines.Count(l => l.Contains("is unreachable (Connection refused); retrying in", StringComparison.Ordinal)));
        Assert.DoesNotContain("never-print-me", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
