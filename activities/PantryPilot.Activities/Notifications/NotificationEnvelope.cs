using System.Text.Json;
using System.Text.Json.Nodes;

namespace PantryPilot.Activities.Notifications;

/// <summary>The JSON body of the generic webhook and the line of the file channel: <c>{"id", "kind", "occurredAt",
/// "title", "severity", "text", "lines", "links": [{"label", "url"}], "event": {...}}</c>, where <c>id</c> is also the
/// Idempotency-Key and <c>event</c> the event record as the contracts serialize it.</summary>
public static class NotificationEnvelope
{
    public static byte[] Utf8(OutgoingNotification n) => JsonSerializer.SerializeToUtf8Bytes(Build(n));

    public static JsonObject Build(OutgoingNotification n)
    {
        ArgumentNullException.ThrowIfNull(n);
        return new JsonObject
        {
            ["id"] = n.EventId,
            ["kind"] = n.Kind,
            ["occurredAt"] = n.OccurredAt,
            ["title"] = n.Message.Title,
            ["severity"] = n.Message.Severity.ToString().ToLowerInvariant(),
            ["text"] = n.Message.PlainText,
            ["lines"] = new JsonArray([.. n.Message.Lines.Select(l => (JsonNode?)JsonValue.Create(l))]),
            ["links"] = new JsonArray([
                .. n.Message.Links.Select(l => (JsonNode?)new JsonObject { ["label"] = l.Label, ["url"] = l.Url }),
            ]),
            ["event"] = JsonNode.Parse(n.Event.GetRawText()),
        };
    }
}
