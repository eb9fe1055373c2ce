using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Hosting;

/// <summary>A malformed day never reaches the sensor: the CLI refuses it before connecting to any server.</summary>
public class SignalValidationTests
{
    [Theory]
    [InlineData("2026-3-1")]
    [InlineData("2026-02-30")]
    [InlineData("yesterday")]
    public async Task SignalNewData_MalformedDay_ExitsTwoNamingTheOptionWithoutConnecting(string day)
    {
        var result = await CliRunner.RunAsync(["pipeline", "signal-new-data", "--for", day], new Dictionary<string, string?> { ["TEMPORAL_ADDRESS"] = "127.0.0.1:1" });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--for '{day}' is not a date in yyyy-MM-dd form", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("unreachable", result.All, StringComparison.Ordinal);
    }
}
