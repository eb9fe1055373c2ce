using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace PantryPilot.Activities.Storage;

/// <summary>Runs a producer on another thread, at most <c>depth</c> items ahead of the consumer, so producing
/// (decoding a COPY stream or Parquet row groups) and consuming (writing Parquet, judging rows) overlap while memory
/// stays bounded. The producer's exception reaches the consumer; a consumer that stops early (break, error, cancel)
/// cancels the producer and waits for it, so nothing is left running.</summary>
public static class ReadAhead
{
    public static async IAsyncEnumerable<T> RunAsync<T>(
        Func<CancellationToken, IAsyncEnumerable<T>> produce,
        int depth = 2,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        var channel = Channel.CreateBounded<T>(
            new BoundedChannelOptions(depth) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in produce(stop.Token).WithCancellation(stop.Token))
                    {
                        await channel.Writer.WriteAsync(item, stop.Token);
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
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }
}
