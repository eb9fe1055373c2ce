using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using PantryPilot.Cli.Tests.Support;
using PantryPilot.Hosting;

namespace PantryPilot.Cli.Tests.Hosting;

public class TemporalConnectorTests
{
    [Fact]
    public async Task ConnectAsync_ClosedPort_ReportsEachRetryThenGivesUpWithoutAStackTrace()
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection([new("TEMPORAL_ADDRESS", $"127.0.0.1:{ClosedPort.Next()}")]).Build()
            .ReadTemporalOptions(TemporalDefaults.Client);
        var lines = new List<string>();
        var clock = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<TemporalUnreachableException>(() =>
            TemporalConnector.ConnectAsync(options, CancellationToken.None, lines.Add, maxAttempts: 3, firstDelay: TimeSpan.FromMilliseconds(50)));

        Assert.Equal(2, lines.Count); // attempts 1 and 2 retry, attempt 3 gives up
        Assert.All(lines, l => Assert.Contains("is unreachable (Connection refused); retrying in", l, StringComparison.Ordinal));
        Assert.Contains("(attempt 2)", lines[1], StringComparison.Ordinal);
        Assert.Contains("after 3 attempts", e.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task ConnectAsync_Cancelled_StopsWaiting()
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection([new("TEMPORAL_ADDRESS", $"127.0.0.1:{ClosedPort.Next()}")]).Build()
            .ReadTemporalOptions(TemporalDefaults.Client);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TemporalConnector.ConnectAsync(options, cts.Token, firstDelay: TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Reason_CoreTransportError_KeepsTheReadablePart()
    {
        var reason = TemporalConnector.Reason("Connection failed: Server connection error: tonic::transport::Error(Transport, ConnectError(ConnectError(\"tcp connect error\", 127.0.0.1:1, Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" })))");

        Assert.Equal("Connection refused", reason);
    }
}
