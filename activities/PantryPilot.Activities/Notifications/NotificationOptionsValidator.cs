using System.Net;
using Microsoft.Extensions.Options;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>Every problem of the notifier's configuration at once, naming the key and never quoting a secret.</summary>
public sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static List<string> Problems(NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.Ledger is not ("file" or "postgres"))
        {
            problems.Add($"Notifications:Ledger must be file or postgres (got '{options.Ledger}')");
        }

        if (options.MaxAttempts is < 1 or > 20)
        {
            problems.Add($"Notifications:MaxAttempts must be 1-20 (got {options.MaxAttempts})");
        }

        if (
            options.FirstDelaySeconds < 0
            || options.MaxDelaySeconds < options.FirstDelaySeconds
            || options.AttemptTimeoutSeconds <= 0
        )
        {
            problems.Add(
                "Notifications:FirstDelaySeconds must be >= 0, MaxDelaySeconds >= FirstDelaySeconds, " +
                "AttemptTimeoutSeconds > 0"
            );
        }

        foreach (var (channel, c) in options.Channels)
        {
            var key = $"Notifications:Channels:{channel}";
            if (channel.Any(ch => !char.IsAsciiLetterOrDigit(ch) && ch is not ('-' or '_')))
            {
                problems.Add($"{key}: a channel name is letters, digits, '-' and '_'");
            }

            if (c.Type is ChannelType.Slack or ChannelType.Webhook)
            {
                problems.AddRange(UrlProblems(key, c.Url));
            }
            else if (c.Url is not null)
            {
                problems.Add($"{key}:Url is set but the channel's Type is {c.Type}; set Type to slack or webhook");
            }

            if (c.Type == ChannelType.Webhook && (string.IsNullOrEmpty(c.SigningKey) || c.SigningKey.Length < 32))
            {
                problems.Add(
                    $"{key}:SigningKey is required for a webhook channel and must be at least 32 characters (e.g. " +
                    "openssl rand -base64 48)"
                );
            }

            foreach (var kind in c.EventKinds.Where(k => !NotificationKinds.All.Contains(k)))
            {
                problems.Add(
                    $"{key}:Events: unknown event kind '{kind}' (known: {string.Join(", ", NotificationKinds.All)})"
                );
            }

            try
            {
                _ = c.Limit;
            }
            catch (FormatException e)
            {
                problems.Add($"{key}:RateLimit: {e.Message}");
            }
        }

        return problems;
    }

    private static IEnumerable<string> UrlProblems(string key, string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            yield return $"{key}:Url is required for this channel type";
            yield break;
        }

        // The message names the key, never the URL: a Slack webhook URL is its secret.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            yield return $"{key}:Url is not an absolute http(s) URL";
        }
        else if (
            uri.Scheme == "http"
            && !(uri.IsLoopback || IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip))
        )
        {
            yield return $"{key}:Url must use https (plain http only to a loopback address): the URL and the message " +
                "would travel in clear text";
        }
    }
}
