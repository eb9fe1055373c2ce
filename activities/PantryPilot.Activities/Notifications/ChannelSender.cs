using System.Threading.RateLimiting;
using PantryPilot.Domain.Notifications;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace PantryPilot.Activities.Notifications;

/// <summary>Sends through one channel with its Polly pipeline: retry (exponential backoff with jitter, a Retry-After of
/// the receiver or of the rate limiter honoured up to MaxDelaySeconds) around a per-attempt timeout around the
/// channel's rate limiter (a token bucket: a burst of N, then N per window; shared by every send of this process).
/// Transient answers (408, 425, 429, 5xx), timeouts, network errors and a full bucket are retried; a permanent answer
/// is not. This is the only retry of a send: the activity returns the outcome instead of throwing it, so Temporal's
/// retry policy never sends again what Polly gave up on.</summary>
public sealed class ChannelSender : IDisposable
{
    private readonly INotificationChannel channel;
    private readonly TokenBucketRateLimiter limiter;
    private readonly ResiliencePipeline<SendAttempt> pipeline;
    private readonly NotificationOptions options;

    public ChannelSender(INotificationChannel channel, NotificationOptions options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(options);
        this.channel = channel;
        this.options = options;
        var limit = channel.Options.Limit;
        limiter = new TokenBucketRateLimiter(
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit.Permits,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = limit.Window / limit.Permits,
                QueueLimit = 0,
                AutoReplenishment = true,
            }
        );
        var builder = new ResiliencePipelineBuilder<SendAttempt> { TimeProvider = clock ?? TimeProvider.System };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(
                new RetryStrategyOptions<SendAttempt>
                {
                    MaxRetryAttempts = options.MaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    Delay = TimeSpan.FromSeconds(options.FirstDelaySeconds),
                    MaxDelay = TimeSpan.FromSeconds(Math.Max(options.MaxDelaySeconds, options.FirstDelaySeconds)),
                    UseJitter = true,
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                    DelayGenerator = args => ValueTask.FromResult(AskedDelay(args.Outcome)),
                }
            );
        }

        pipeline = builder
            .AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds))
            .AddRateLimiter(limiter)
            .Build();
    }

    public string Name => channel.Name;

    public ChannelOptions Options => channel.Options;

    /// <summary>Sends with retries. Returns the last answer and the attempts made; a failure that outlasted the retries
    /// becomes a <see cref="ReceiverVerdict.Transient"/> answer naming it (masked by the caller).</summary>
    public async Task<(ReceiverAnswer Answer, int Attempts)> SendAsync(
        OutgoingNotification notification,
        CancellationToken cancellationToken
    )
    {
        var attempts = 0;
        try
        {
            var result = await pipeline.ExecuteAsync(
                async ct =>
                {
                    Interlocked.Increment(ref attempts);
                    return await channel.SendOnceAsync(notification, ct);
                },
                cancellationToken
            );
            return (result.Answer, attempts);
        }
        catch (TimeoutRejectedException)
        {
            return (
                new ReceiverAnswer(
                    ReceiverVerdict.Transient,
                    $"no answer within {options.AttemptTimeoutSeconds:0.##} s"
                ),
                attempts
            );
        }
        catch (RateLimiterRejectedException)
        {
            return (
                new ReceiverAnswer(
                    ReceiverVerdict.Transient,
                    $"rate limit of channel {channel.Name} ({channel.Options.Limit}) reached"
                ),
                attempts
            );
        }
        catch (Exception e)
            when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return (new ReceiverAnswer(ReceiverVerdict.Transient, $"{e.GetType().Name}: {e.Message}"), attempts);
        }
    }

    public void Dispose() => limiter.Dispose();

    private static bool IsTransient(Outcome<SendAttempt> outcome) =>
        outcome switch
        {
            {
                Exception: HttpRequestException
                    or IOException
                    or TimeoutRejectedException
                    or RateLimiterRejectedException
            } => true,
            { Exception: null, Result.Answer.Verdict: ReceiverVerdict.Transient } => true,
            _ => false,
        };

    private TimeSpan? AskedDelay(Outcome<SendAttempt> outcome)
    {
        var asked = outcome.Exception is RateLimiterRejectedException { RetryAfter: { } wait }
            ? wait
            : outcome.Result?.RetryAfter;
        return asked is { } delay && delay > TimeSpan.Zero
            ? TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds, options.MaxDelaySeconds))
            : null;
    }
}
