using Google.Protobuf;
using Temporalio.Api.Common.V1;
using Temporalio.Api.History.V1;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>The server's hard limits a history must stay within (Temporal's self-hosted defaults, the same on Temporal
/// Cloud; docs.temporal.io "Self-hosted Temporal Service defaults" and "Workflow Execution limits"): a payload of more
/// than 2 MB is refused, a gRPC message (e.g. the commands of one workflow task completion) of more than 4 MB is
/// refused, and a history of more than 51,200 events or 50 MB terminates the run. The builder checks each event as it
/// writes it, so a test cannot build a history the server would never have recorded.</summary>
public static class HistoryLimits
{
    public const int MaxPayloadBytes = 2 * 1024 * 1024;

    public const int MaxRequestBytes = 4 * 1024 * 1024;

    public const int MaxEvents = 51_200;

    public const long MaxHistoryBytes = 50L * 1024 * 1024;

    /// <summary>The server warns (and PantryPilot's payload guard test holds every activity) below this.</summary>
    public const int PayloadWarningBytes = 256 * 1024;

    /// <summary>Throws <see cref="HistoryLimitException"/> when a payload of <paramref name="e"/> is over 2 MB.</summary>
    public static void CheckPayloads(HistoryEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        foreach (var payload in PayloadsOf(e))
        {
            if (payload.CalculateSize() > MaxPayloadBytes)
            {
                throw new HistoryLimitException(
                    $"event {e.EventId} ({e.EventType}) carries a payload of {payload.CalculateSize():N0} bytes; the server refuses payloads over {MaxPayloadBytes:N0} bytes (2 MB)");
            }
        }
    }

    /// <summary>Every payload an event carries, wherever it sits (input, result, details, memo, headers).</summary>
    public static IEnumerable<Payload> PayloadsOf(IMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var value = field.Accessor.GetValue(message);
            foreach (var item in Items(value))
            {
                if (item is Payload payload)
                {
                    yield return payload;
                }
                else if (item is IMessage nested)
                {
                    foreach (var inner in PayloadsOf(nested))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static IEnumerable<object?> Items(object? value) => value switch
    {
        null => [],
        IMessage message => [message],
        System.Collections.IDictionary map => map.Values.Cast<object?>(),
        System.Collections.IEnumerable list and not string and not ByteString => list.Cast<object?>(),
        _ => [],
    };
}
