using System.Text.Json;
using System.Text.Json.Nodes;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>A message as Slack's incoming webhooks take it: <c>text</c> (the fallback every client shows), and Block
/// Kit blocks: a header, the lines as mrkdwn, and the links as buttons (an approval link becomes a button a person
/// clicks). Slack's limits are kept: header 150 characters, a section 3,000, 25 buttons, a button's URL
/// 3,000.</summary>
public static class SlackPayload
{
    public static byte[] Utf8(NotificationMessage message) => JsonSerializer.SerializeToUtf8Bytes(Build(message));

    public static JsonObject Build(NotificationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var icon = message.Severity switch
        {
            NotificationSeverity.Critical => ":red_circle: ",
            NotificationSeverity.Warning => ":warning: ",
            _ => string.Empty,
        };
        var blocks = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "header",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Cut(message.Title, 150) },
            },
        };
        if (message.Lines.Count > 0)
        {
            blocks.Add(
                new JsonObject
                {
                    ["type"] = "section",
                    ["text"] = new JsonObject
                    {
                        ["type"] = "mrkdwn",
                        ["text"] = Cut(Escape(string.Join('\n', message.Lines)), 3000),
                    },
                }
            );
        }

        var buttons = message
            .Links.Where(l => l.Url.Length <= 3000)
            .Take(25)
            .Select(
                (l, i) =>
                    (JsonNode?)
                        new JsonObject
                        {
                            ["type"] = "button",
                            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Cut(l.Label, 75) },
                            ["url"] = l.Url,
                            ["action_id"] = $"link-{i}",
                        }
            );
        var elements = new JsonArray([.. buttons]);
        if (elements.Count > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = elements });
        }

        return new JsonObject { ["text"] = Cut(icon + message.PlainText, 3000), ["blocks"] = blocks };
    }

    /// <summary>Slack's mrkdwn reserves &amp;, &lt; and &gt;.</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 3)] + "...";
}
