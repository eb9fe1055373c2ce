using CsCheck;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Tests.Publishing;

/// <summary>Kill the publish between every pair of its steps (each rename or delete), let the retry run, and compare
/// the data directory with the one an uninterrupted publish leaves: file by file, content by content.</summary>
public sealed class RunPublisherFaultInjectionTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    [Fact]
    public void Publish_KilledAfterEachStepThenRetried_EndsAsIfNeverKilled()
    {
        var layout = new Layout(Staged: ["raw", "processed", "reports"], Published: ["raw", "processed", "quarantine", "work"]);
        var expected = PublishUninterrupted(layout, out var steps);
        Assert.True(steps >= 8, $"only {steps} steps"); // journal, 4 retirements, 3 moves, deletes

        for (var kill = 1; kill <= steps; kill++)
        {
            using var dir = new TempDirectory();
            var run = layout.Create(dir.Path);

            Assert.Throws<KilledException>(() => RunPublisher.Publish(run, KillAfter(kill)));
            RunPublisher.Publish(run);

            Assert.Equal(expected, Snapshot(dir.Path));
        }
    }

    [Fact]
    public void Publish_KilledRepeatedlyInAnyLayout_EndsAsIfNeverKilled()
    {
        var folders = Gen.Const<IReadOnlyList<string>>(DataPaths.OutputFolders);
        var subset = folders.SelectMany(all => Gen.Bool.Array[all.Count].Select(pick => (IReadOnlyList<string>)all.Where((_, i) => pick[i]).ToArray()));
        var gen = Gen.Select(subset, subset, Gen.Int[1, 12].Array[1, 4]);
        gen.Sample((staged, published, kills) =>
        {
            var layout = new Layout(staged, published);
            var expected = PublishUninterrupted(layout, out _);
            using var dir = new TempDirectory();
            var run = layout.Create(dir.Path);
            foreach (var kill in kills)
            {
                try
                {
                    RunPublisher.Publish(run, KillAfter(kill));
                }
                catch (KilledException)
                {
                    // killed there; the next attempt goes on
                }
            }

            RunPublisher.Publish(run);
            return expected.SequenceEqual(Snapshot(dir.Path));
        }, iter: 60);
    }

    [Fact]
    public void Publish_InterruptedThenAnotherRunTakesTheFolder_FinishesTheInterruptedPublishFirst()
    {
        var layout = new Layout(Staged: ["raw", "reports"], Published: ["raw", "reports", "alerts"]);
        var expected = PublishUninterrupted(layout, out _);
        using var dir = new TempDirectory();
        var run = layout.Create(dir.Path);
        Assert.Throws<KilledException>(() => RunPublisher.Publish(run, KillAfter(3)));

        var removed = RunPublisher.CleanLeftovers(dir.Path, keep: Path.Combine(dir.Path, DataPaths.StagingFolder, "next-run"));

        Assert.Contains(removed, r => r.EndsWith("(publish finished)", StringComparison.Ordinal));
        Assert.Equal(expected, Snapshot(dir.Path));
    }

    private static List<string> PublishUninterrupted(Layout layout, out int steps)
    {
        using var dir = new TempDirectory();
        var run = layout.Create(dir.Path);
        var count = 0;
        RunPublisher.Publish(run, _ => count++);
        steps = count;
        return Snapshot(dir.Path);
    }

    private static Action<string> KillAfter(int step)
    {
        var done = 0;
        return what =>
        {
            if (++done == step)
            {
                throw new KilledException(what);
            }
        };
    }

    /// <summary>Every file under the folder with its content, in order (what a reader of the data directory sees).</summary>
    private static List<string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(root, f)}={File.ReadAllText(f)}")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Folders the run staged (new content) and folders already published (an earlier run's content).</summary>
    private sealed record Layout(IReadOnlyList<string> Staged, IReadOnlyList<string> Published)
    {
        public PipelineRun Create(string root)
        {
            var run = new PipelineRun("run-1", root, Day, SourceKind.Synthetic);
            foreach (var folder in Published)
            {
                Write(Path.Combine(root, folder, "table.parquet"), $"old {folder}");
            }

            foreach (var folder in Staged)
            {
                Write(Path.Combine(DataPaths.StagingOf(run), folder, "table.parquet"), $"new {folder}");
                Write(Path.Combine(DataPaths.StagingOf(run), folder, "nested", "more.csv"), $"new nested {folder}");
            }

            return run;
        }

        private static void Write(string path, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    private sealed class KilledException(string where) : Exception($"killed after: {where}");
}
