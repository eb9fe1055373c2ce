using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>Reads the next row groups of a Parquet file on another thread while the caller works on the current one,
/// so decoding and processing overlap (at most <c>depth</c> batches ahead, so memory stays bounded).</summary>
public static class PrefetchingTableReader
{
    public static IAsyncEnumerable<TableBatch> ReadAsync(
        string path,
        int depth = 2,
        CancellationToken cancellationToken = default)
        => ReadAsync(path, columns: null, depth, cancellationToken);

    /// <summary>As <see cref="ParquetTableReader.ReadAsync(string, IReadOnlyCollection{string}?, CancellationToken)"/>:
    /// only the named columns.</summary>
    public static IAsyncEnumerable<TableBatch> ReadAsync(
        string path,
        IReadOnlyCollection<string>? columns,
        int depth = 2,
        CancellationToken cancellationToken = default)
        => ReadAhead.RunAsync(token => ParquetTableReader.ReadAsync(path, columns, token), depth, cancellationToken);
}
