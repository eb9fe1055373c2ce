using System.Text.RegularExpressions;
using Spectre.Console;
using Temporalio.Client;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Hosting;

/// <summary>Connects to Temporal. When the server is unreachable it says so in one line and retries with
/// exponential backoff (capped at 30 s) instead of failing with a stack trace.</summary>
public static partial class TemporalConnector
{
    public static async Task<TemporalClient> ConnectAsync(TemporalSettings settings, CancellationToken ct, int maxAttempts = int.MaxValue)
    {
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            var options = new TemporalClientConnectOptions();
            settings.Apply(options);
            try
            {
                return await TemporalClient.ConnectAsync(options).WaitAsync(ct);
            }
            catch (Exception e) when (e is RpcException or InvalidOperationException or IOException)
            {
                var reason = Reason(e.Message);
                if (attempt >= maxAttempts)
                {
                    throw new TemporalUnreachableException($"Temporal server at {settings.Address} is unreachable ({reason}) after {attempt} attempts", e);
                }

                AnsiConsole.MarkupLineInterpolated($"[yellow]Temporal server at {settings.Address} is unreachable ({reason}); retrying in {delay.TotalSeconds:F0}s (attempt {attempt})[/]");
                await Task.Delay(delay, ct);
                delay = TimeSpan.FromSeconds(Math.Min(30, delay.TotalSeconds * 2));
            }
        }
    }

    /// <summary>The readable part of the core's transport error ("Connection refused"), else its first line.</summary>
    public static string Reason(string message) =>
        QuotedMessage().Match(message) is { Success: true } m ? m.Groups[1].Value : message.Split('\n', 2)[0].Trim();

    [GeneratedRegex("message: \"([^\"]+)\"")]
    private static partial Regex QuotedMessage();
}

/// <summary>The server could not be reached within the allowed attempts.</summary>
public sealed class TemporalUnreachableException : Exception
{
    public TemporalUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TemporalUnreachableException()
    {
    }

    public TemporalUnreachableException(string message)
        : base(message)
    {
    }
}
