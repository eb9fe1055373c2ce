using System.Text.Json;

namespace PantryPilot.Domain.Notifications;

/// <summary>The verdict on one HTTP answer of a webhook receiver, and a short detail for the person reading the
/// outcome.</summary>
public sealed record ReceiverAnswer(ReceiverVerdict Verdict, string Detail)
{
    /// <summary>At most this much of a receiver's body is quoted in a detail.</summary>
    public const int MaxQuoted = 200;

    /// <summary>Classifies an answer. A 2xx is not enough: Slack answers some errors with a bare error code in the
    /// body (<c>invalid_token</c>, <c>no_text</c>), and Slack-compatible services (and many JSON webhooks) answer 200
    /// with <c>{"ok": false, "error": "..."}</c>. Such an answer is never a delivery: it is retried like a 5xx and,
    /// when the attempts run out, recorded as failed (not as a final refusal), so the same event can still be sent
    /// once the receiver is fixed (a rotated token, a re-enabled hook). A Slack receiver accepts only an empty body,
    /// "ok", or JSON that is not <c>ok: false</c>; a generic JSON webhook accepts any 2xx body except a JSON object
    /// with <c>ok</c> or <c>success</c> false.</summary>
    /// <param name="slack">The receiver is a Slack(-compatible) incoming webhook.</param>
    public static ReceiverAnswer Classify(int status, string? body, bool slack)
    {
        var text = (body ?? string.Empty).Trim();
        if (status is >= 200 and < 300)
        {
            if (JsonFailure(text) is { } error)
            {
                return new(ReceiverVerdict.Transient, $"HTTP {status} with an error body: {error}");
            }

            if (
                slack
                && text.Length > 0
                && !text.Equals("ok", StringComparison.OrdinalIgnoreCase)
                && !text.StartsWith('{')
            )
            {
                return new(ReceiverVerdict.Transient, $"HTTP {status} with an error body: {Quote(text)}");
            }

            return new(ReceiverVerdict.Accepted, $"HTTP {status}");
        }

        var quoted = text.Length == 0 ? string.Empty : $": {Quote(text)}";
        return status is 408 or 425 or 429 or >= 500
            ? new(ReceiverVerdict.Transient, $"HTTP {status}{quoted}")
            : new(ReceiverVerdict.Permanent, $"HTTP {status}{quoted}");
    }

    private static string? JsonFailure(string text)
    {
        if (!text.StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var failed =
                (root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.False)
                || (root.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False);
            if (!failed)
            {
                return null;
            }

            foreach (var name in new[] { "error", "message", "detail" })
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return Quote(value.GetString()!);
                }
            }

            return Quote(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Quote(string text) => text.Length <= MaxQuoted ? text : text[..MaxQuoted] + "...";
}
