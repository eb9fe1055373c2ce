using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Tests.Publishing;

/// <summary>A publish killed part-way, then retried: the retry must finish the publish, never delete what the killed
/// attempt had already published. The state is set up by hand as the killed attempt left it.</summary>
public sealed class RunPublisherCrashTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Publish_RetriedAfterAKillMidway_KeepsWhatTheKilledAttemptPublished()
    {
        // The run produced raw/ and reports/. The first attempt started the publish and was killed after moving the new
        // raw/ into place: the old raw/ sits in .old, reports/ is still staged. (With release 1's publisher the killed
        // attempt leaves exactly this, plus no journal; with release 2's, a journal as well.)
        var run = new PipelineRun("run-1", dir.Path, new DateOnly(2026, 3, 1), SourceKind.Synthetic);
        var staging = DataPaths.StagingOf(run);
        dir.File("raw/inventory.parquet", "new raw");
        dir.File("reports/bias.csv", "old report");
        dir.File($"{Path.GetRelativePath(dir.Path, staging)}.old/raw/inventory.parquet", "old raw");
        dir.File($"{Path.GetRelativePath(dir.Path, staging)}/reports/bias.csv", "new report");
        WriteJournalIfTheRunHasOne(run, ["raw", "reports"]);

        RunPublisher.Publish(run);

        Assert.Equal("new raw", File.ReadAllText(dir.Combine("raw", "inventory.parquet")));
        Assert.Equal("new report", File.ReadAllText(dir.Combine("reports", "bias.csv")));
        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(staging + ".old"));
    }

    /// <summary>Release 2 writes its journal before the first rename; a test of the killed state writes it as the killed
    /// attempt would have (release 1 had none, which is why its retry deleted raw/).</summary>
    private static void WriteJournalIfTheRunHasOne(PipelineRun run, string[] fresh)
    {
        var journal = typeof(RunPublisher).Assembly.GetType("PantryPilot.Activities.Pipeline.PublishJournal");
        if (journal is null)
        {
            return;
        }

        var staging = DataPaths.StagingOf(run);
        var value = Activator.CreateInstance(journal, Path.GetFullPath(run.DataDir), staging, fresh);
        File.WriteAllText(staging + ".publish.json", System.Text.Json.JsonSerializer.Serialize(value, journal));
    }
}
