using System.Runtime.CompilerServices;
using System.Threading.Channels;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>Reads the next row groups of a Parquet file on another thread while the caller works on the current one,
/// so decoding and processing overlap (at most <c>depth</c> batches ahead, so memory stays bounded).</summary>
public static class PrefetchingTableReader
{
    public static IAsyncEnumerable<TableBatch> ReadAsync(string path, int depth = 2, CancellationToken cancellationToken = default) =>
        ReadAsync(path, columns: null, depth, cancellationToken);

    /// <summary>As <see cref="ParquetTableReader.ReadAsync(string, IReadOnlyCollection{string}?, CancellationToken)"/>: only the named columns.</summary>
    public static async IAsyncEnumerable<TableBatch> ReadAsync(
        string path, IReadOnlyCollection<string>? columns, int depth = 2, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<TableBatch>(new BoundedChannelOptions(depth) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var batch in ParquetTableReader.ReadAsync(path, columns, stop.Token))
                    {
                        await channel.Writer.WriteAsync(batch, stop.Token);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.TryComplete(e);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return batch;
            }
        }
        finally
        {
            // The consumer stopped early (error, break or cancel): release the producer before leaving.
            await stop.CancelAsync();
            await producer;
        }
    }
}
