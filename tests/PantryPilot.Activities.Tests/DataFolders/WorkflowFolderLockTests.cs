using System.Text.Json;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Ingest;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Activities.Validation;
using PantryPilot.Contracts.DataPipeline;
using Temporalio.Activities;
using Temporalio.Exceptions;
using Temporalio.Testing;

namespace PantryPilot.Activities.Tests.DataFolders;

/// <summary>One workflow run owns a data folder across its activities (<see cref="FolderOwnership"/>): the real
/// activities on real folders, each run given the owner DataPipelineWorkflow gives it (workflow id + run id). The
/// oracle is the file system: who the lock file names, which folders exist.</summary>
public sealed class WorkflowFolderLockTests : IDisposable
{
    private static readonly FolderOwner A = new("pantry-pipeline-2026-01-01", "run-a-0001");
    private static readonly FolderOwner B = new("pantry-pipeline-2026-01-02", "run-b-0001");

    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task Ingest_SecondWorkflowRunOnTheSameFolder_FailsNonRetryablyNamingTheHolder()
    {
        await Ingest().IngestAsync(new(Run(A), DataTable.Inventory));

        var ex = await Assert.ThrowsAsync<ApplicationFailureException>(() => Ingest().IngestAsync(new(Run(B), DataTable.Inventory)));

        Assert.Equal(FailureTypes.FolderBusy, ex.ErrorType);
        Assert.True(ex.NonRetryable);
        Assert.Contains($"workflow {A.WorkflowId} (run {A.WorkflowRunId}", ex.Message, StringComparison.Ordinal);
        Assert.Equal(A.WorkflowRunId, Holder()!.WorkflowRunId);
        Assert.False(Directory.Exists(DataPaths.StagingOf(Run(B))), "the refused run must not have written anything");
        Assert.True(File.Exists(DataPaths.For(Run(A)).Raw(DataTable.Inventory)), "the holder's work is untouched");
    }

    [Fact]
    public async Task Ingest_SiblingActivitiesOfOneRun_ShareTheClaimAndKeepEachOthersFiles()
    {
        var run = Run(A);

        var outputs = await Task.WhenAll(
            Ingest().IngestAsync(new(run, DataTable.Inventory)),
            Ingest().IngestAsync(new(run, DataTable.Purchases)),
            Ingest().IngestAsync(new(run, DataTable.Receipts)));

        Assert.All(outputs, o => Assert.True(File.Exists(o.RawPath), o.RawPath));
        Assert.Equal(A.WorkflowRunId, Holder()!.WorkflowRunId);
    }

    [Fact]
    public async Task InProcessRun_WhileAWorkflowRunHoldsTheFolder_FailsFastNamingTheWorkflow()
    {
        await Ingest().IngestAsync(new(Run(A), DataTable.Inventory));

        var ex = Assert.Throws<DataFolderBusyException>(() => DataFolderLock.Acquire(dir.Path, "pantry-pipeline-cli"));

        Assert.Contains($"workflow {A.WorkflowId} (run {A.WorkflowRunId}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkflowRun_WhileAnInProcessRunHoldsTheFolder_FailsFastNamingTheProcess()
    {
        using var inProcess = DataFolderLock.Acquire(dir.Path, "pantry-pipeline-cli");

        var ex = await Assert.ThrowsAsync<ApplicationFailureException>(() => Ingest().IngestAsync(new(Run(A), DataTable.Inventory)));

        Assert.Equal(FailureTypes.FolderBusy, ex.ErrorType);
        Assert.Contains($"run pantry-pipeline-cli (process {Environment.ProcessId}", ex.Message, StringComparison.Ordinal);
        Assert.Null(Holder()!.WorkflowRunId);
    }

    [Fact]
    public async Task Ingest_WorkflowLockUnusedLongerThanTheLease_IsTakenOverAndItsLeftoversRemoved()
    {
        WriteLock(new LockHolder("pantry-pipeline-2025-12-31", 1, "worker-7", "2025-12-31T06:00:00.0000000+00:00", "pantry-pipeline-2025-12-31", "run-old"));
        File.SetLastWriteTimeUtc(DataFolderLock.PathOf(dir.Path), DateTime.UtcNow - DataFolderLock.WorkflowLease - TimeSpan.FromMinutes(1));
        dir.File(".staging/pantry-pipeline-2025-12-31.run-old/raw/inventory.parquet", "half");
        dir.File("raw/inventory.parquet.1234.tmp", "half");
        var messages = new List<string>();

        FolderOwnership.Enter(Run(B), B, OwnershipStep.Claim, messages.Add);

        Assert.Equal(B.WorkflowRunId, Holder()!.WorkflowRunId);
        Assert.Contains(messages, m => m.Contains("taking over a stale lock", StringComparison.Ordinal) && m.Contains("workflow pantry-pipeline-2025-12-31 (run run-old", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("removed 2 leftover(s)", StringComparison.Ordinal));
        Assert.False(Directory.Exists(dir.Combine(".staging", "pantry-pipeline-2025-12-31.run-old")));
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Claim_WorkflowLockUsedWithinTheLease_IsNotTakenOver()
    {
        WriteLock(new LockHolder("pantry-pipeline-2025-12-31", 1, "worker-7", "2025-12-31T06:00:00.0000000+00:00", "pantry-pipeline-2025-12-31", "run-old"));
        File.SetLastWriteTimeUtc(DataFolderLock.PathOf(dir.Path), DateTime.UtcNow - DataFolderLock.WorkflowLease + TimeSpan.FromMinutes(5));

        Assert.Throws<DataFolderBusyException>(() => FolderOwnership.Enter(Run(B), B, OwnershipStep.Claim));
        Assert.Throws<DataFolderBusyException>(() => DataFolderLock.Acquire(dir.Path, "cli"));
        Assert.Equal("run-old", Holder()!.WorkflowRunId);
    }

    [Fact]
    public async Task LaterStage_AfterAnotherRunTookTheFolder_FailsAsNoLongerOwning()
    {
        var run = Run(A);
        var ingest = await Ingest().IngestAsync(new(run, DataTable.Inventory));
        File.Delete(DataFolderLock.PathOf(dir.Path));
        FolderOwnership.Enter(Run(B), B, OwnershipStep.Claim);

        var ex = await Assert.ThrowsAsync<ApplicationFailureException>(() => new ValidationActivities(TestRoots.Local).ValidateAsync(new(run, DataTable.Inventory, ingest.RawPath)));

        Assert.Equal(FailureTypes.FolderBusy, ex.ErrorType);
        Assert.Contains($"workflow {A.WorkflowId} (run {A.WorkflowRunId}) no longer owns its data folder", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(DataPaths.StagingOf(run)), "what the run that lost the folder staged is removed");
        Assert.Equal(B.WorkflowRunId, Holder()!.WorkflowRunId);
    }

    [Fact]
    public async Task WriteRunReport_LastActivity_PublishesAndReleasesSoTheNextRunCanStart()
    {
        var run = Run(A);
        var ingest = await Ingest().IngestAsync(new(run, DataTable.Inventory));
        var summary = new PipelineSummary(run.RunId, run.AsOf, run.Source, [ingest.Counts], [], new(0, 0, 0, 0), null, new Dictionary<string, string> { ["raw/inventory"] = ingest.RawPath });

        var report = await new RunReportActivities(TestRoots.Local).WriteAsync(new(run, summary));

        Assert.Null(Holder());
        Assert.True(File.Exists(dir.Combine("raw", "inventory.parquet")));
        Assert.True(File.Exists(report.Path));
        Assert.False(Directory.Exists(DataPaths.StagingOf(run)));
        await Ingest().IngestAsync(new(Run(B), DataTable.Inventory));
        Assert.Equal(B.WorkflowRunId, Holder()!.WorkflowRunId);
    }

    [Fact]
    public async Task Ingest_BadInput_RemovesTheStagingFolderAndReleasesTheFolder()
    {
        var good = Run(A);
        await Ingest().IngestAsync(new(good, DataTable.Purchases));
        var bad = good with { Source = SourceKind.Csv, Csv = new CsvSource(dir.Combine("missing.csv"), dir.Combine("missing.csv")) };

        await Assert.ThrowsAsync<BadInputException>(() => Ingest().IngestAsync(new(bad, DataTable.Inventory)));

        Assert.Null(Holder());
        Assert.False(Directory.Exists(DataPaths.StagingOf(good)));
    }

    [Theory]
    [InlineData(ActivityCancelReason.CancelRequested, false)]
    [InlineData(ActivityCancelReason.Timeout, true)]
    [InlineData(ActivityCancelReason.WorkerShutdown, true)]
    public async Task Activity_Cancelled_CleansUpOnlyWhenTheWorkflowWasCancelled(ActivityCancelReason reason, bool kept)
    {
        var run = Run(A);
        await Ingest().IngestAsync(new(run, DataTable.Purchases));
        using var cancel = new CancellationTokenSource();
        var environment = new ActivityEnvironment { CancellationTokenSource = cancel };
        environment.Cancel(reason);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => environment.RunAsync(() => Ingest().IngestAsync(new(run, DataTable.Inventory))));

        // Cancelled by request: the run is over, nothing half-written stays and the folder is free. A timeout or a
        // worker shutdown is retried: the other stages' staged files and the lock must stay for the retry.
        Assert.Equal(kept, Directory.Exists(DataPaths.StagingOf(run)));
        Assert.Equal(kept, Holder() is not null);
    }

    private PipelineRun Run(FolderOwner owner) =>
        new(owner.WorkflowId, dir.Path, new DateOnly(2026, 1, 1), SourceKind.Synthetic, new SyntheticOptions(Users: 3, ItemsPerUser: 4, PurchasesPerUser: 5), Owner: owner);

    private static IngestActivities Ingest() => new(new PantryDatabase(new DatabaseOptions(null)), TestRoots.Local);

    private LockHolder? Holder() => DataFolderLock.Read(DataFolderLock.PathOf(dir.Path));

    private void WriteLock(LockHolder holder) =>
        File.WriteAllText(DataFolderLock.PathOf(dir.Path), JsonSerializer.Serialize(holder, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
}
