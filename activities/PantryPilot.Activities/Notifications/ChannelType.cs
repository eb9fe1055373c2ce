namespace PantryPilot.Activities.Notifications;

/// <summary>The kinds of channel (Notifications:Channels:NAME:Type).</summary>
public enum ChannelType
{
    /// <summary>Appends one JSON line per message to a file (and logs the title): the default, no network.</summary>
    File,

    /// <summary>A Slack(-compatible) incoming webhook: Mattermost, Rocket.Chat, Discord's /slack endpoint.</summary>
    Slack,

    /// <summary>A generic JSON webhook, the body signed with HMAC-SHA256 (WebhookSignature).</summary>
    Webhook,
}
