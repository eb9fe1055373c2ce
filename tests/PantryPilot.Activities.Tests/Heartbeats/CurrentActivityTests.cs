using PantryPilot.Activities.Heartbeats;
using PantryPilot.Contracts.Activities;
using Temporalio.Testing;

namespace PantryPilot.Activities.Tests.Heartbeats;

/// <summary>The one "when running as an activity" helper: the real context inside the SDK's
/// <see cref="ActivityEnvironment"/>, harmless stand-ins outside, and no other copy of the pattern in the activities.</summary>
public class CurrentActivityTests
{
    [Fact]
    public async Task InsideAnActivity_ForwardsHeartbeatsAndCancellation()
    {
        var beats = new List<object?>();
        using var cancel = new CancellationTokenSource();
        var env = new ActivityEnvironment { Heartbeater = details => beats.AddRange(details), CancellationTokenSource = cancel };

        var seen = await env.RunAsync(() =>
        {
            CurrentActivity.Heartbeat("rows 10");
            return (HasContext: CurrentActivity.Context is not null, Token: CurrentActivity.CancellationToken, HasLogger: CurrentActivity.Logger is not null);
        });

        Assert.True(seen.HasContext);
        Assert.True(seen.HasLogger);
        Assert.Equal(cancel.Token, seen.Token);
        Assert.Equal(["rows 10"], beats);
    }

    [Fact]
    public void OutsideAnActivity_NoContextNoCancellationAndHeartbeatsDropped()
    {
        CurrentActivity.Heartbeat("ignored");

        Assert.Null(CurrentActivity.Context);
        Assert.Null(CurrentActivity.Logger);
        Assert.Equal(CancellationToken.None, CurrentActivity.CancellationToken);
    }

    [Fact]
    public void ActivitySources_UseTheHelperInsteadOfHasCurrent()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "PantryPilot.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }

        // Every assembly that hosts activities: the activity library and the inference pool.
        var offenders = new[] { Path.Combine(root, "activities"), Path.Combine(root, "inference-worker") }
            .SelectMany(sources => Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "CurrentActivity.cs")
            .Where(f => File.ReadAllText(f).Contains("ActivityExecutionContext.HasCurrent", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();

        Assert.True(offenders.Count == 0, "use CurrentActivity instead of ActivityExecutionContext.HasCurrent in: " + string.Join(", ", offenders));
    }
}
