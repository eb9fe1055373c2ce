using System.Net.Http.Headers;
using System.Text;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>A channel that POSTs JSON: Slack(-compatible) incoming webhooks, and the generic JSON webhook whose body is
/// signed (<see cref="WebhookSignature"/>). Every request carries the event id as <c>Idempotency-Key</c>. Redirects are
/// not followed (a webhook that redirects is misconfigured; following would turn the POST into a GET).</summary>
public sealed class HttpChannel(string name, ChannelOptions options, HttpClient http, TimeProvider clock)
    : INotificationChannel
{
    /// <summary>At most this much of an answer's body is read.</summary>
    public const int MaxBodyRead = 4096;

    public string Name { get; } = name;

    public ChannelOptions Options { get; } = options;

    public async Task<SendAttempt> SendOnceAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var slack = Options.Type == ChannelType.Slack;
        var body = slack ? SlackPayload.Utf8(notification.Message) : NotificationEnvelope.Utf8(notification);
        using var request = new HttpRequestMessage(HttpMethod.Post, Options.Url)
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(WebhookSignature.IdempotencyHeader, notification.EventId);
        if (!slack)
        {
            var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.TryAddWithoutValidation(
                WebhookSignature.TimestampHeader,
                timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
            request.Headers.TryAddWithoutValidation(
                WebhookSignature.SignatureHeader,
                WebhookSignature.Sign(Options.SigningKey!, timestamp, body)
            );
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var text = await ReadSomeAsync(response, cancellationToken);
        var answer = ReceiverAnswer.Classify((int)response.StatusCode, text, slack);
        return new SendAttempt(answer, RetryAfter(response.Headers.RetryAfter));
    }

    private static async Task<string> ReadSomeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxBodyRead];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : null);
}
