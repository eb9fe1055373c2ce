using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Expectations;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Validation;

/// <summary>Streams a Parquet table through an expectation suite and routes its rows.
///
/// Two passes, both one row group at a time: the first judges the whole table (GE's <c>mostly</c> and uniqueness
/// are table-wide verdicts, unknown until the last batch); the second, only when the suite failed under the quarantine
/// policy, sets aside the rows that violate an expectation that failed. Rows that merely fall inside a passing
/// expectation's <c>mostly</c> tolerance go on, so a passing suite never quarantines anything. Table-level failures
/// (row count, column set, unsupported expectations) cannot be fixed by removing rows: they are reported
/// only.</summary>
public static class SuiteValidator
{
    /// <summary>The policy applied to this table: the run's, or under <see cref="ValidationPolicy.Suite"/> the
    /// suite's own (quarantine when it names none). Never returns <see cref="ValidationPolicy.Suite"/>.</summary>
    public static ValidationPolicy ResolvePolicy(ValidationPolicy runPolicy, ExpectationSuite suite) => runPolicy switch
    {
        ValidationPolicy.Stop => ValidationPolicy.Stop,
        ValidationPolicy.Quarantine => ValidationPolicy.Quarantine,
        _ => suite.OnFailure?.ToLowerInvariant() switch
        {
            "stop" => ValidationPolicy.Stop,
            null or "quarantine" => ValidationPolicy.Quarantine,
            var other => throw new BadInputException(
                $"suite {suite.Name}: meta.pantrypilot.on_failure '{other}' is neither 'stop' nor 'quarantine'"),
        },
    };

    public static async Task<TableValidation> RunAsync(
        ExpectationSuite suite,
        ValidationPolicy policy,
        string rawPath,
        string validPath,
        string quarantinePath,
        Action<string>? heartbeat = null,
        CancellationToken cancellationToken = default)
    {
        if (!File.Exists(rawPath))
        {
            throw new BadInputException($"validate: raw table {rawPath} does not exist");
        }

        var schema = await ParquetTableReader.ReadSchemaAsync(rawPath);
        var (result, rows) = await JudgeAsync(suite, schema, rawPath, heartbeat, cancellationToken);
        var failedRowLevel = Enumerable.Range(0, result.Results.Count)
            .Where(i => result.Results[i] is { Success: false, RowLevel: true, Error: null })
            .ToHashSet();
        if (result.Success || policy == ValidationPolicy.Stop || failedRowLevel.Count == 0)
        {
            CopyAtomically(rawPath, validPath, cancellationToken);
            if (File.Exists(quarantinePath))
            {
                File.Delete(quarantinePath); // a previous attempt may have quarantined rows this one passes
            }

            return new(result, policy, rows, rows, 0, null);
        }

        var (valid, quarantined) = await SplitAsync(
            suite,
            schema,
            rawPath,
            validPath,
            quarantinePath,
            failedRowLevel,
            heartbeat,
            cancellationToken);
        return new(result, policy, rows, valid, quarantined, quarantinePath);
    }

    /// <summary>First pass: the suite's verdict, decoding only the columns the suite reads. Its uniqueness sets are
    /// released before the second pass builds its own.</summary>
    private static async Task<(SuiteResult Result, long Rows)> JudgeAsync(
        ExpectationSuite suite,
        TableSchema schema,
        string rawPath,
        Action<string>? heartbeat,
        CancellationToken ct)
    {
        var evaluator = new ExpectationEvaluator(suite, schema);
        long rows = 0;
        await foreach (var batch in PrefetchingTableReader.ReadAsync(
            rawPath,
            evaluator.ColumnsRead,
            cancellationToken: ct))
        {
            evaluator.Observe(batch);
            rows += batch.RowCount;
            heartbeat?.Invoke($"{schema.Name}: judged {rows} rows");
        }

        return (evaluator.Complete(), rows);
    }

    private static async Task<(long Valid, long Quarantined)> SplitAsync(
        ExpectationSuite suite, TableSchema schema, string rawPath, string validPath, string quarantinePath,
        HashSet<int> failedExpectations, Action<string>? heartbeat, CancellationToken ct)
    {
        var evaluator = new ExpectationEvaluator(suite, schema);
        var quarantineSchema = PantrySchemas.Quarantine(schema);
        await using var validWriter = await ParquetTableWriter.CreateAsync(validPath, schema, ct);
        await using var quarantineWriter = await ParquetTableWriter.CreateAsync(quarantinePath, quarantineSchema, ct);
        await foreach (var batch in PrefetchingTableReader.ReadAsync(rawPath, cancellationToken: ct))
        {
            var failures = evaluator.Observe(batch);
            var (mask, reasons) = evaluator.Failing(batch.RowCount, failures, failedExpectations.Contains);
            await validWriter.WriteAsync(batch.Filter(mask, keep: false), ct);
            var bad = batch.Filter(mask, keep: true);
            var badReasons = new string?[bad.RowCount];
            for (int r = 0, w = 0; r < batch.RowCount; r++)
            {
                if (mask[r])
                {
                    badReasons[w++] = reasons[r];
                }
            }

            await quarantineWriter.WriteAsync(
                new TableBatch(quarantineSchema, bad.RowCount, [.. bad.Columns, badReasons]),
                ct);
            heartbeat?.Invoke(
                $"{schema.Name}: routed {validWriter.RowsWritten + quarantineWriter.RowsWritten} rows, "
                + $"{quarantineWriter.RowsWritten} quarantined");
        }

        await validWriter.CompleteAsync();
        await quarantineWriter.CompleteAsync();
        return (validWriter.RowsWritten, quarantineWriter.RowsWritten);
    }

    /// <summary>File.Copy lets the kernel copy the bytes (copy_file_range on Linux): no pass through this
    /// process.</summary>
    private static void CopyAtomically(string from, string to, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        var temp = $"{to}.{Guid.NewGuid():N}.tmp";
        File.Copy(from, temp);
        File.Move(temp, to, overwrite: true);
    }
}
