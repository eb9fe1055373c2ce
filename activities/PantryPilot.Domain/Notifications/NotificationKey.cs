namespace PantryPilot.Domain.Notifications;

/// <summary>The rules of an event id, the idempotency key a receiver sees in the <c>Idempotency-Key</c> header:
/// printable ASCII without spaces (a header value must not need quoting), at most <see cref="MaxLength"/>
/// characters.</summary>
public static class NotificationKey
{
    public const int MaxLength = 200;

    /// <summary>Why <paramref name="eventId"/> cannot be a key; null when it can.</summary>
    public static string? Problem(string? eventId)
    {
        if (string.IsNullOrEmpty(eventId))
        {
            return "an event id is required: it is the idempotency key that makes a retry send nothing twice";
        }

        if (eventId.Length > MaxLength)
        {
            return $"the event id is {eventId.Length} characters long; at most {MaxLength}";
        }

        var bad = eventId.FirstOrDefault(c => c is <= ' ' or > '~');
        return bad == default
            ? null
            : $"the event id '{eventId}' holds '{bad}' (U+{(int)bad:X4}); use printable ASCII without spaces";
    }
}
