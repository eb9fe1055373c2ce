using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>One channel (Notifications:Channels:NAME:...). <see cref="Url"/> and <see cref="SigningKey"/> are secrets:
/// from configuration or the environment only, masked in every log line and outcome, never in <see
/// cref="ToString"/>.</summary>
public sealed class ChannelOptions
{
    public ChannelType Type { get; set; } = ChannelType.File;

    /// <summary>The webhook URL (Slack's holds its token in the path). https, or http on a loopback address.</summary>
    public string? Url { get; set; }

    /// <summary>Webhook channels: the HMAC-SHA256 key the receiver verifies with; at least 32 characters.</summary>
    public string? SigningKey { get; set; }

    /// <summary>File channels: the JSON-lines file (default: &lt;Notifications:Directory&gt;/outbox.jsonl).</summary>
    public string? Path { get; set; }

    /// <summary>Comma-separated event kinds this channel gets (NotificationKinds); empty: all of them.</summary>
    public string? Events { get; set; }

    /// <summary>"30/min", "1/s", "500/h" (default 30/min): per channel, per worker process.</summary>
    public string? RateLimit { get; set; }

    public IReadOnlySet<string> EventKinds =>
        (Events ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);

    public ChannelRateLimit Limit =>
        string.IsNullOrWhiteSpace(RateLimit) ? ChannelRateLimit.Default : ChannelRateLimit.Parse(RateLimit);

    public bool Subscribes(string kind) => EventKinds.Count == 0 || EventKinds.Contains(kind);

    public IEnumerable<string> Secrets => [.. SecretMask.OfUrl(Url), .. SigningKey is null ? [] : new[] { SigningKey }];

    public override string ToString() =>
        Type
        + (Url is null ? string.Empty : " (url set)")
        + (SigningKey is null ? string.Empty : " (signed)")
        + (Path is null ? string.Empty : $" -> {Path}");
}
