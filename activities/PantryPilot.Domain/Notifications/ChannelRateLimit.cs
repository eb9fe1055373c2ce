using System.Globalization;

namespace PantryPilot.Domain.Notifications;

/// <summary>At most <see cref="Permits"/> messages per <see cref="Window"/> on one channel (Slack's incoming webhooks
/// allow about one a second). Written "30/min", "1/s", "500/h".</summary>
public sealed record ChannelRateLimit(int Permits, TimeSpan Window)
{
    public static ChannelRateLimit Default { get; } = new(30, TimeSpan.FromMinutes(1));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Permits}/{Unit(Window)}");

    /// <summary>Parses "N/s", "N/min" or "N/h"; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static ChannelRateLimit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (
            parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var permits)
            || permits < 1
        )
        {
            throw new FormatException(
                $"rate limit '{text}': write it as N/s, N/min or N/h with N a whole number of at least 1"
            );
        }

        var window = parts[1].ToUpperInvariant() switch
        {
            "S" or "SEC" or "SECOND" => TimeSpan.FromSeconds(1),
            "M" or "MIN" or "MINUTE" => TimeSpan.FromMinutes(1),
            "H" or "HOUR" => TimeSpan.FromHours(1),
            _ => throw new FormatException($"rate limit '{text}': the unit must be s, min or h"),
        };
        return new ChannelRateLimit(permits, window);
    }

    private static string Unit(TimeSpan window) =>
        window == TimeSpan.FromSeconds(1) ? "s"
        : window == TimeSpan.FromMinutes(1) ? "min"
        : window == TimeSpan.FromHours(1) ? "h"
        : $"{window.TotalSeconds}s";
}
