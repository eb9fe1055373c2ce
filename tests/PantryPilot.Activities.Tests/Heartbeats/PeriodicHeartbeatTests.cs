using PantryPilot.Activities.Heartbeats;
using PantryPilot.Contracts.Activities;
using Temporalio.Testing;

namespace PantryPilot.Activities.Tests.Heartbeats;

/// <summary>The timer heartbeat, inside the SDK's <see cref="ActivityEnvironment"/> (a real activity context).</summary>
public class PeriodicHeartbeatTests
{
    [Fact]
    public async Task ForCurrentActivity_WhileWorkRuns_BeatsWithTheLatestDetails()
    {
        var beats = new List<object?>();
        var env = new ActivityEnvironment { Heartbeater = details => { lock (beats) { beats.AddRange(details); } } };
        var step = "reading";

        await env.RunAsync(async () =>
        {
            await using var beat = PeriodicHeartbeat.ForCurrentActivity(() => step, TimeSpan.FromMilliseconds(20));
            await Task.Delay(200);
            step = "writing";
            await Task.Delay(200);
        });

        lock (beats)
        {
            Assert.Contains("reading", beats);
            Assert.Contains("writing", beats);
        }
    }

    [Fact]
    public async Task ForCurrentActivity_AfterDispose_StopsBeating()
    {
        var count = 0;
        var env = new ActivityEnvironment { Heartbeater = _ => Interlocked.Increment(ref count) };

        await env.RunAsync(async () =>
        {
            await using (PeriodicHeartbeat.ForCurrentActivity(() => "x", TimeSpan.FromMilliseconds(10)))
            {
                await Task.Delay(100);
            }
        });
        var stopped = Volatile.Read(ref count);
        await Task.Delay(100);

        Assert.True(stopped > 0);
        Assert.Equal(stopped, Volatile.Read(ref count));
    }

    [Fact]
    public async Task ForCurrentActivity_OutsideAnActivity_DoesNothing()
    {
        await using var beat = PeriodicHeartbeat.ForCurrentActivity(() => throw new InvalidOperationException("never read"), TimeSpan.FromMilliseconds(5));

        await Task.Delay(50);
    }
}
