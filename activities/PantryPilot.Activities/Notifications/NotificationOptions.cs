namespace PantryPilot.Activities.Notifications;

/// <summary>The notifier's configuration (section <c>Notifications</c>; environment <c>Notifications__...</c>). With no
/// channel configured, one file channel named <see cref="DefaultChannel"/> writes to
/// <c>&lt;Directory&gt;/outbox.jsonl</c>, so the embedded default needs no network.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public const string DefaultChannel = "file";

    /// <summary>Channels by name (names compare case-insensitively).</summary>
    public Dictionary<string, ChannelOptions> Channels { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the delivery ledger is: "file" (default; &lt;Directory&gt;/deliveries, one host or a shared
    /// volume) or "postgres" (table notification_deliveries in DATABASE_URL; `pantrypilot db migrate` creates
    /// it).</summary>
    public string Ledger { get; set; } = "file";

    /// <summary>The file ledger's and the default file channel's folder; relative paths resolve against the working
    /// directory (a worker's data root).</summary>
    public string Directory { get; set; } = "notifications";

    /// <summary>HTTP attempts per message, the first included (Polly; the only retry of a send).</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff delay; doubles each retry, with jitter, capped at <see
    /// cref="MaxDelaySeconds"/>.</summary>
    public double FirstDelaySeconds { get; set; } = 1;

    public double MaxDelaySeconds { get; set; } = 30;

    /// <summary>How long one attempt (waiting for the rate limit included) may take before it counts as a
    /// timeout.</summary>
    public double AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>Whether `pantrypilot worker` polls the notifications task queue; default: when a channel is
    /// configured.</summary>
    public bool? Poll { get; set; }

    public bool ShouldPoll => Poll ?? Channels.Count > 0;

    /// <summary>The channels in use: the configured ones, or the default file channel.</summary>
    public IReadOnlyDictionary<string, ChannelOptions> EffectiveChannels =>
        Channels.Count > 0
            ? Channels.ToDictionary(c => c.Key.ToLowerInvariant(), c => c.Value, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, ChannelOptions>(StringComparer.OrdinalIgnoreCase)
            {
                [DefaultChannel] = new ChannelOptions { Type = ChannelType.File },
            };

    /// <summary>How long a claim in the ledger holds before another sender may take it over: longer than the worst case
    /// of one send with every retry, so a live sender is never overtaken.</summary>
    public TimeSpan Lease =>
        TimeSpan.FromSeconds(
            (MaxAttempts * AttemptTimeoutSeconds) + (Math.Max(0, MaxAttempts - 1) * MaxDelaySeconds) + 30
        );

    public IEnumerable<string> Secrets => Channels.Values.SelectMany(c => c.Secrets);
}
