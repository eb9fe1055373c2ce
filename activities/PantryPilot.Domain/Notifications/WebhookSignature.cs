using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PantryPilot.Domain.Notifications;

/// <summary>The signature of the generic JSON webhook, so a receiver can tell a message from PantryPilot from anyone
/// else's. Each request carries
/// <list type="bullet">
/// <item><c>X-PantryPilot-Timestamp</c>: Unix seconds when it was signed;</item>
/// <item><c>X-PantryPilot-Signature</c>: <c>v1=</c> + lowercase hex of
/// HMAC-SHA256(key, "{timestamp}.{raw body bytes}"),
/// the key being the UTF-8 bytes of the channel's SigningKey;</item>
/// <item><c>Idempotency-Key</c>: the event id, the same on every retry of the same event.</item>
/// </list>
/// A receiver recomputes the HMAC over the raw body it received (before parsing it), compares in constant time,
/// refuses a
/// timestamp older than its tolerance (replays), and keeps the Idempotency-Keys it has seen to drop duplicates.
/// <see cref="Verify"/> does all but the last; docs/notifications.md has the same in a few lines of Python.</summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-PantryPilot-Timestamp";

    public const string SignatureHeader = "X-PantryPilot-Signature";

    public const string IdempotencyHeader = "Idempotency-Key";

    public const string Scheme = "v1=";

    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    public static string Sign(string key, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(key);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), signed));
    }

    /// <summary>Checks a received request. <paramref name="signatureHeader"/> may hold several comma-separated
    /// <c>v1=</c> values (a sender rotating keys); one match is enough.</summary>
    public static SignatureCheck Verify(
        string key,
        string? timestampHeader,
        string? signatureHeader,
        ReadOnlySpan<byte> body,
        DateTimeOffset now,
        TimeSpan? tolerance = null
    )
    {
        if (string.IsNullOrEmpty(timestampHeader) || string.IsNullOrEmpty(signatureHeader))
        {
            return SignatureCheck.Missing;
        }

        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return SignatureCheck.Malformed;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(key, timestamp, body));
        var matched = false;
        foreach (
            var candidate in signatureHeader.Split(
                ',',
                StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
            )
        )
        {
            matched |= CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(candidate));
        }

        if (!matched)
        {
            return SignatureCheck.Mismatch;
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(timestamp);
        return age.Duration() > (tolerance ?? DefaultTolerance) ? SignatureCheck.Stale : SignatureCheck.Valid;
    }
}
