namespace PantryPilot.Domain.Notifications;

/// <summary>What a person reads, channel-neutral: a title, plain lines and links. Each channel lays it out its own
/// way.</summary>
public sealed record NotificationMessage(
    string Title,
    NotificationSeverity Severity,
    IReadOnlyList<string> Lines,
    IReadOnlyList<NotificationLink> Links
)
{
    /// <summary>The title and the lines, one per line (Slack's fallback text, the webhook's <c>text</c>, a mail
    /// body).</summary>
    public string PlainText => string.Join('\n', [Title, .. Lines]);

    public NotificationMessage WithLinks(IEnumerable<NotificationLink> more) =>
        this with
        {
            Links = [.. Links, .. more],
        };
}
