using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PantryPilot.Activities.Notifications;

/// <summary>The configured channels, each with its sender (pipeline and rate limiter), built once per process.
/// One <see cref="HttpClient"/> of our own with no logging handler: IHttpClientFactory's logging would write every
/// request URI, and a Slack webhook's URI is its secret.</summary>
public sealed class NotificationChannels : IDisposable
{
    private readonly Dictionary<string, ChannelSender> senders;
    private readonly HttpClient http;

    public NotificationChannels(
        IOptions<NotificationOptions> options,
        TimeProvider clock,
        ILoggerFactory loggers,
        HttpMessageHandler? handler = null
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        var settings = options.Value;
        http = new HttpClient(
            handler
                ?? new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    AutomaticDecompression = DecompressionMethods.All,
                }
        )
        {
            // Polly's per-attempt timeout bounds each attempt.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var logger = loggers.CreateLogger<FileChannel>();
        senders = settings.EffectiveChannels.ToDictionary(
            c => c.Key,
            c => new ChannelSender(
                c.Value.Type == ChannelType.File
                    ? new FileChannel(
                        c.Key,
                        c.Value,
                        c.Value.Path ?? Path.Combine(settings.Directory, "outbox.jsonl"),
                        logger
                    )
                    : new HttpChannel(c.Key, c.Value, http, clock),
                settings,
                clock
            ),
            StringComparer.OrdinalIgnoreCase
        );
    }

    public IReadOnlyCollection<ChannelSender> All => senders.Values;

    public ChannelSender? Find(string name) => senders.GetValueOrDefault(name);

    public void Dispose()
    {
        foreach (var sender in senders.Values)
        {
            sender.Dispose();
        }

        http.Dispose();
    }
}
