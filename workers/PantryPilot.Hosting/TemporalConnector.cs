using System.Text.RegularExpressions;
using Temporalio.Client;
using Temporalio.Exceptions;

namespace PantryPilot.Hosting;

/// <summary>Connects to Temporal. When the server is unreachable it reports one line per attempt and retries with
/// exponential backoff (from <c>firstDelay</c>, default 1 s, capped at 30 s) instead of failing with a stack trace.
/// Both worker hosts wait here before they start polling; client commands allow a few attempts.</summary>
public static partial class TemporalConnector
{
    public static async Task<TemporalClient> ConnectAsync(
        TemporalOptions options,
        CancellationToken ct,
        Action<string>? report = null,
        int maxAttempts = int.MaxValue,
        TimeSpan? firstDelay = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var delay = firstDelay ?? TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            var connect = new TemporalClientConnectOptions();
            options.ApplyTo(connect);
            try
            {
                return await TemporalClient.ConnectAsync(connect).WaitAsync(ct);
            }
            catch (Exception e) when (e is RpcException or InvalidOperationException or IOException)
            {
                var reason = Reason(e.Message);
                if (attempt >= maxAttempts)
                {
                    throw new TemporalUnreachableException(
                        $"Temporal server at {options.Address} is unreachable ({reason}) after {attempt} attempts",
                        e);
                }

                report?.Invoke(
                    $"Temporal server at {options.Address} is unreachable ({reason}); "
                    + $"retrying in {delay.TotalSeconds:0.#}s (attempt {attempt})");
                await Task.Delay(delay, ct);
                delay = TimeSpan.FromSeconds(Math.Min(30, delay.TotalSeconds * 2));
            }
        }
    }

    /// <summary>The readable part of the core's transport error ("Connection refused"), else its first line.</summary>
    public static string Reason(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return QuotedMessage().Match(message) is { Success: true } m
            ? m.Groups[1].Value
            : message.Split('\n', 2)[0].Trim();
    }

    [GeneratedRegex("message: \"([^\"]+)\"")]
    private static partial Regex QuotedMessage();
}
