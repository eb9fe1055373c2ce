using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Storage;
using Temporalio.Activities;

namespace PantryPilot.Activities.Ingest;

/// <summary>Snapshots one source table into raw/ as Parquet, streaming in row groups.</summary>
public class IngestActivities(PantryDatabase database, DataRoot root, ILogger<IngestActivities>? logger = null)
{
    private readonly IngestSources sources = new(database);

    [Activity(ActivityNames.Ingest)]
    public Task<IngestOutput> IngestAsync(IngestInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = input with { Run = root.Resolved(input.Run) };
        return FolderOwnership.RunAsync(input.Run, OwnershipStep.Claim, () => IngestOwnedAsync(input));
    }

    private async Task<IngestOutput> IngestOwnedAsync(IngestInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var log = CurrentActivity.Logger ?? logger ?? (ILogger)NullLogger.Instance;
        var cancellationToken = CurrentActivity.CancellationToken;

        var warnings = new List<string>();
        var schema = DatabaseTables.SchemaOf(input.Table);
        var batches = sources.Open(input.Run, input.Table, w =>
        {
            warnings.Add(w);
            log.LogWarning("ingest {Table}: {Warning}", input.Table, w);
        }, cancellationToken);

        var output = await RawSnapshotWriter.WriteAsync(
            input.Run,
            input.Table,
            schema,
            batches,
            warnings,
            rows => CurrentActivity.Heartbeat(rows),
            cancellationToken);

        await CsvTwin.SyncAsync(
            DataPaths.For(input.Run).Quarantine(StageNames.Ingest, input.Table),
            input.Run.WriteCsv,
            cancellationToken);
        log.LogInformation(
            "ingest {Table} from {Source}: {RowsIn} rows in, {RowsOut} out, {Quarantined} quarantined, sha256 {Hash}",
            input.Table,
            input.Run.Source,
            output.Counts.RowsIn,
            output.Counts.RowsOut,
            output.Counts.RowsQuarantined,
            output.ContentHash);
        return output;
    }
}
