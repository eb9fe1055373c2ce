namespace PantryPilot.Domain.Notifications;

/// <summary>What a receiver learns from <see cref="WebhookSignature.Verify"/>.</summary>
public enum SignatureCheck
{
    Valid,

    /// <summary>A header is absent.</summary>
    Missing,

    /// <summary>The timestamp is not a whole number of seconds.</summary>
    Malformed,

    /// <summary>No signature matches the body and timestamp under this key: altered, or signed with another
    /// key.</summary>
    Mismatch,

    /// <summary>Signed correctly but too long ago (or too far ahead): a replay, or a clock badly off.</summary>
    Stale,
}
