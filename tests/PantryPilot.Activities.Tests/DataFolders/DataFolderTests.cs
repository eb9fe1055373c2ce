using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Tests.DataFolders;

/// <summary>The data-folder lock and the staging publish, on real folders and real processes.</summary>
public sealed class DataFolderTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Acquire_WhileHeld_FailsNamingTheHolder()
    {
        using var first = DataFolderLock.Acquire(dir.Path, "run-a");

        var ex = Assert.Throws<DataFolderBusyException>(() => DataFolderLock.Acquire(dir.Path, "run-b"));

        Assert.Contains("run run-a", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"process {Environment.ProcessId}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_AfterRelease_Succeeds()
    {
        DataFolderLock.Acquire(dir.Path, "run-a").Dispose();

        using var second = DataFolderLock.Acquire(dir.Path, "run-b");

        Assert.Equal("run-b", DataFolderLock.Read(DataFolderLock.PathOf(dir.Path))!.RunId);
    }

    [Fact]
    public void Acquire_LockOfADeadProcess_IsTakenOverWithAMessage()
    {
        using var dead = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        dead.WaitForExit();
        WriteLock(new LockHolder("crashed-run", dead.Id, Environment.MachineName, DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O", CultureInfo.InvariantCulture)));
        var messages = new List<string>();

        using var taken = DataFolderLock.Acquire(dir.Path, "run-new", messages.Add);

        Assert.Contains(messages, m => m.Contains("stale lock", StringComparison.Ordinal) && m.Contains("crashed-run", StringComparison.Ordinal));
        Assert.Equal("run-new", DataFolderLock.Read(DataFolderLock.PathOf(dir.Path))!.RunId);
    }

    [Fact]
    public void Acquire_LockFromAnotherHost_IsNeverTakenOver()
    {
        WriteLock(new LockHolder("remote-run", 1, "some-other-host", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));

        var ex = Assert.Throws<DataFolderBusyException>(() => DataFolderLock.Acquire(dir.Path, "run-b"));

        Assert.Contains("some-other-host", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_ReplacesOutputFoldersAndDropsFilesThisRunDidNotProduce()
    {
        var run = new PipelineRun("run-1", dir.Path, new DateOnly(2026, 1, 1), SourceKind.Synthetic);
        dir.File("processed/purchase_history.csv", "stale from a --csv run");
        dir.File("quarantine/ingest-inventory.parquet", "stale");
        dir.File("raw/inventory.parquet", "old");
        var staged = DataPaths.For(run);
        Directory.CreateDirectory(staged.RawDir);
        File.WriteAllText(staged.Raw(DataTable.Inventory), "new");
        var written = File.GetLastWriteTimeUtc(staged.Raw(DataTable.Inventory));

        Assert.True(RunPublisher.Publish(run));
        Assert.False(RunPublisher.Publish(run)); // a retried publish finds nothing to do

        var published = Path.Combine(dir.Path, "raw", "inventory.parquet");
        Assert.Equal("new", File.ReadAllText(published));
        Assert.Equal(written, File.GetLastWriteTimeUtc(published)); // moved, not rewritten
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "processed")));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "quarantine")));
        Assert.False(Directory.Exists(DataPaths.StagingOf(run)));
    }

    [Fact]
    public void CleanLeftovers_RemovesStagingFoldersAndTempFiles()
    {
        dir.File(".staging/crashed-run/raw/inventory.parquet", "half");
        dir.File("raw/inventory.parquet.1234.tmp", "half");
        dir.File(".pantry/HEAD.tmp", "x");
        dir.File("raw/inventory.parquet", "kept");

        var removed = RunPublisher.CleanLeftovers(dir.Path);

        Assert.Equal(3, removed.Count);
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*.tmp", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, ".staging", "crashed-run")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "raw", "inventory.parquet")));
    }

    private void WriteLock(LockHolder holder) =>
        File.WriteAllText(DataFolderLock.PathOf(dir.Path), JsonSerializer.Serialize(holder, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
}
