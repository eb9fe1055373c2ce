using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Reports;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Reports;
using PantryPilot.Domain.Storage;
using PantryPilot.Domain.Tables;
using Temporalio.Activities;

namespace PantryPilot.Activities.Transform;

/// <summary>Canonical units (g, ml, pcs), derived columns; unconvertible rows quarantined with a reason.</summary>
public class TransformActivities(DataRoot root)
{
    public const string StageName = StageNames.Transform;

    [Activity(ActivityNames.Transform)]
    public Task<TransformOutput> TransformAsync(TransformInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input = input with { Run = root.Resolved(input.Run), ValidPath = root.Resolved(input.ValidPath) };
        var cancel = CurrentActivity.CancellationToken;
        return FolderOwnership.RunAsync(
            input.Run,
            OwnershipStep.Check,
            () => TransformFileAsync(input, rows => CurrentActivity.Heartbeat(rows), cancel));
    }

    /// <summary>The stage without Temporal: streams <see cref="TransformInput.ValidPath"/> batch by batch into
    /// processed/ and quarantine/ (plus CSV twins when the run asks for them). <paramref name="progress"/> gets the
    /// rows read so far.</summary>
    public static async Task<TransformOutput> TransformFileAsync(
        TransformInput input,
        Action<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var paths = DataPaths.For(input.Run);
        var table = input.Table;
        var name = DataPaths.TableFileName(table);
        if (!File.Exists(input.ValidPath))
        {
            throw new BadInputException($"transform {name}: input file {input.ValidPath} does not exist");
        }

        var schema = await ParquetTableReader.ReadSchemaAsync(input.ValidPath);
        var processedPath = paths.Processed(table);
        var quarantinePath = paths.Quarantine(StageName, table);
        var quarantineCsvPath = Path.ChangeExtension(quarantinePath, ".csv");
        var transformer = table == DataTable.Receipts ? null : new CanonicalTransformer(table, schema, name);
        var outputSchema = transformer?.OutputSchema ?? schema;

        long rowsIn = 0, rowsOut = 0, quarantined = 0;
        // Profiled here, where every processed row passes anyway, so the report need not decode every column again.
        var profiler = new TableProfiler(name, outputSchema);
        await using var processed = await ParquetTableWriter.CreateAsync(
            processedPath,
            outputSchema,
            cancellationToken);
        await using var rejected = transformer is null
            ? null
            : await ParquetTableWriter.CreateAsync(quarantinePath, transformer.QuarantineSchema, cancellationToken);
        using var processedCsv = input.Run.WriteCsv
            ? CsvTableWriter.Create(paths.ProcessedCsv(table), outputSchema)
            : null;
        using var rejectedCsv = input.Run.WriteCsv && transformer is not null
            ? CsvTableWriter.Create(quarantineCsvPath, transformer.QuarantineSchema)
            : null;

        await foreach (var batch in PrefetchingTableReader.ReadAsync(
            input.ValidPath,
            cancellationToken: cancellationToken))
        {
            rowsIn += batch.RowCount;
            var result = transformer?.Transform(batch) ?? new TransformedBatch(batch, null);
            await processed.WriteAsync(result.Processed, cancellationToken);
            profiler.Observe(result.Processed);
            processedCsv?.Write(result.Processed);
            rowsOut += result.Processed.RowCount;
            if (result.Quarantined is { } bad)
            {
                await rejected!.WriteAsync(bad, cancellationToken);
                rejectedCsv?.Write(bad);
                quarantined += bad.RowCount;
            }

            progress?.Invoke(rowsIn);
        }

        var (profile, profileSha256) = ProfileSidecar.Serialize(profiler.Lines());
        await processed.CompleteAsync(new Dictionary<string, string> { [ProfileSidecar.MetadataKey] = profileSha256 });
        await ProfileSidecar.WriteAsync(processedPath, profile, cancellationToken);
        processedCsv?.Complete();
        string? quarantineOut = null;
        if (quarantined > 0)
        {
            await rejected!.CompleteAsync();
            rejectedCsv?.Complete();
            quarantineOut = quarantinePath;
        }
        else
        {
            // Nothing set aside this time: a quarantine file from an earlier run of the same paths must not linger.
            File.Delete(quarantinePath);
            File.Delete(quarantineCsvPath);
        }

        return new(
            table,
            processedPath,
            quarantineOut,
            new StageCounts(StageName, table, rowsIn, rowsOut, quarantined));
    }
}
