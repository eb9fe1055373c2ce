using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PantryPilot.Activities.Notifications;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Domain.Notifications;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Tests.Notifications;

/// <summary>The notifier against a real HTTP receiver on loopback (<see cref="WebhookListener"/>) that injects 500s,
/// timeouts, slow answers and 200s with error bodies. Oracles: the receiver's own counts of requests and of
/// de-duplicated deliveries, and the HMAC recomputed here with the BCL.</summary>
public sealed class NotifierDeliveryTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 6, 0, 0, TimeSpan.Zero);

    private static NotificationEvent Event(string id = "validation-failed:run-1:inventory") =>
        new ValidationFailedEvent(
            id,
            At,
            "run-1",
            "inventory_suite",
            "inventory",
            [new("expect_column_values_to_not_be_null", "expiry_date", 42)],
            "reports/validation.html",
            "quarantine"
        );

    [Fact]
    public async Task Send_TwoServerErrorsThenOk_DeliveredOnceAfterThreeAttempts()
    {
        await using var hook = new WebhookListener(n => n <= 2 ? new(500, "boom") : WebhookListener.Ok());
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url));

        var output = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        var delivery = Assert.Single(output.Deliveries);
        Assert.Equal(DeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(3, hook.Requests);
        Assert.Equal(1, hook.Accepted["validation-failed:run-1:inventory"]);
        Assert.All(hook.Received, r => Assert.Equal("validation-failed:run-1:inventory", r.Headers["Idempotency-Key"]));
    }

    [Fact]
    public async Task Send_ServerAlwaysFails_GivesUpAfterMaxAttemptsAndRecordsFailed()
    {
        await using var hook = new WebhookListener(_ => new(503, "down"));
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url));

        var output = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        var delivery = Assert.Single(output.Deliveries);
        Assert.Equal(DeliveryStatus.GaveUp, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(3, hook.Requests);
        Assert.Equal("HTTP 503: down", delivery.Detail);
        Assert.Equal(
            DeliveryState.Failed,
            (await harness.Ledger.ReadAsync("validation-failed:run-1:inventory", "hook", default))!.State
        );
    }

    [Fact]
    public async Task Send_AnswerSlowerThanAttemptTimeout_RetriedAndDeliveredOnce()
    {
        await using var hook = new WebhookListener(n =>
            n == 1 ? new(200, "ok", TimeSpan.FromSeconds(3)) : WebhookListener.Ok()
        );
        var settings = NotifierHarness.Webhook(hook.Url);
        settings["Notifications:AttemptTimeoutSeconds"] = "1";
        await using var harness = new NotifierHarness(settings);

        var output = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, output.Deliveries[0].Status);
        Assert.Equal(2, output.Deliveries[0].Attempts);
        // The slow first answer still arrives at the receiver, which keeps one delivery for the key.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(2, hook.Requests);
        Assert.Single(hook.Accepted);
    }

    [Fact]
    public async Task Send_SlowButWithinTimeout_DeliveredInOneAttempt()
    {
        await using var hook = new WebhookListener(_ => new(200, "ok", TimeSpan.FromMilliseconds(400)));
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url));

        var output = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        Assert.Equal((DeliveryStatus.Delivered, 1), (output.Deliveries[0].Status, output.Deliveries[0].Attempts));
    }

    /// <summary>A 200 whose body says it failed (Slack's bare error code, an <c>ok: false</c> object) is not a
    /// delivery: retried like a 5xx, reported as given up with the receiver's error, recorded as failed so that the
    /// event can be sent again once the receiver is fixed, and never counted by the receiver.</summary>
    [Theory]
    [InlineData("slack", "invalid_token", "HTTP 200 with an error body: invalid_token")]
    [InlineData("slack", "invalid_payload", "HTTP 200 with an error body: invalid_payload")]
    [InlineData(
        "slack",
        "{\"ok\":false,\"error\":\"invalid_token\"}",
        "HTTP 200 with an error body: invalid_token"
    )]
    [InlineData("webhook", "{\"ok\":false,\"error\":\"unknown_event\"}", "HTTP 200 with an error body: unknown_event")]
    [InlineData(
        "webhook",
        "{\"success\":false,\"message\":\"schema mismatch\"}",
        "HTTP 200 with an error body: schema mismatch"
    )]
    public async Task Send_200WithErrorBody_RetriedThenGaveUp_NeverDelivered_SentAgainLater(
        string type, string body, string detail)
    {
        var fixedReceiver = false;
        await using var hook = new WebhookListener(_ => Volatile.Read(ref fixedReceiver) ? WebhookListener.Ok() : new(200, body));
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url, type));

        var first = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);
        var failedState = (await harness.Ledger.ReadAsync("validation-failed:run-1:inventory", "hook", default))!.State;
        Volatile.Write(ref fixedReceiver, true);
        var later = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        Assert.Equal(
            (DeliveryStatus.GaveUp, 3, detail),
            (first.Deliveries[0].Status, first.Deliveries[0].Attempts, first.Deliveries[0].Detail)
        );
        Assert.False(first.AllDelivered);
        Assert.Equal(DeliveryState.Failed, failedState);
        Assert.Equal((DeliveryStatus.Delivered, 1), (later.Deliveries[0].Status, later.Deliveries[0].Attempts));
        Assert.Equal(4, hook.Requests);
        Assert.Equal(1, hook.Accepted["validation-failed:run-1:inventory"]);
    }

    [Fact]
    public async Task Send_ClientError_RejectedAtOnce()
    {
        await using var hook = new WebhookListener(_ => new(404, "no_service"));
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url, "slack"));

        var output = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        Assert.Equal(
            (DeliveryStatus.Rejected, 1, "HTTP 404: no_service"),
            (output.Deliveries[0].Status, output.Deliveries[0].Attempts, output.Deliveries[0].Detail)
        );
    }

    [Fact]
    public async Task Send_TooManyRequestsWithRetryAfter_WaitsAndDelivers()
    {
        await using var hook = new WebhookListener(n =>
            n == 1 ? new(429, "slow down", RetryAfterSeconds: 30) : WebhookListener.Ok()
        );
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url));
        var started = DateTime.UtcNow;

        var output = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, output.Deliveries[0].Status);
        Assert.Equal(2, hook.Requests);
        // Retry-After (30 s) is capped at MaxDelaySeconds (0.2 s): waited at least the cap, far less than the ask.
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromMilliseconds(190), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Send_SameEventTwice_OneMessageSecondReportsAlreadyDelivered()
    {
        await using var hook = new WebhookListener(_ => WebhookListener.Ok());
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url));

        var first = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);
        var duplicate = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, first.Deliveries[0].Status);
        Assert.Equal(
            (DeliveryStatus.AlreadyDelivered, 0),
            (duplicate.Deliveries[0].Status, duplicate.Deliveries[0].Attempts)
        );
        Assert.Equal(1, hook.Requests);
    }

    [Fact]
    public async Task Send_SameEventFromEightTasksAtOnce_ExactlyOneRequest()
    {
        await using var hook = new WebhookListener(_ => new(200, "ok", TimeSpan.FromMilliseconds(100)));
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url));

        var outcomes = await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(async _ =>
                {
                    try
                    {
                        return (await harness.Activities.SendAsync(new(Event()))).Deliveries[0].Status.ToString();
                    }
                    catch (ApplicationFailureException e)
                        when (e.ErrorType == NotificationNames.DeliveryInFlight && !e.NonRetryable)
                    {
                        return "in-flight";
                    }
                })
        );

        Assert.Equal(1, hook.Requests);
        Assert.Equal(1, outcomes.Count(o => o == nameof(DeliveryStatus.Delivered)));
        Assert.All(outcomes, o =>
            Assert.Contains(
                o,
                new[] { nameof(DeliveryStatus.Delivered), nameof(DeliveryStatus.AlreadyDelivered), "in-flight" }
            )
        );
    }

    [Fact]
    public async Task Retry_AfterCrashBetweenSendAndRecord_ResendsSameKeyAndReceiverKeepsOne()
    {
        await using var hook = new WebhookListener(_ => WebhookListener.Ok());
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url), ledger => new CrashingLedger(
            ledger,
            CrashingLedger.Step.BeforeRecord
        ));

        await Assert.ThrowsAsync<SimulatedCrashException>(() => harness.Activities.SendAsync(new(Event())));
        // Temporal retries at once: the dead attempt's lease still holds, so the retry sends nothing and asks again.
        var early = await Assert.ThrowsAsync<ApplicationFailureException>(() =>
            harness.Activities.SendAsync(new(Event()))
        );
        Assert.Equal((NotificationNames.DeliveryInFlight, false), (early.ErrorType, early.NonRetryable));
        Assert.Equal(1, hook.Requests);

        harness.Clock.Offset = harness.Get<NotificationLease>().Duration + TimeSpan.FromSeconds(1);
        var retried = await harness.Activities.SendAsync(new(Event()));
        var third = await harness.Activities.SendAsync(new(Event()));

        Assert.Equal(DeliveryStatus.Delivered, retried.Deliveries[0].Status);
        Assert.Equal(DeliveryStatus.AlreadyDelivered, third.Deliveries[0].Status);
        Assert.Equal(2, hook.Requests);
        Assert.Equal(
            ["validation-failed:run-1:inventory"],
            hook.Received.Select(r => r.Headers["Idempotency-Key"]).Distinct()
        );
        Assert.Single(hook.Accepted);
        Assert.Equal(
            2,
            (await harness.Ledger.ReadAsync("validation-failed:run-1:inventory", "hook", default))!.Attempts
        );
    }

    [Fact]
    public async Task Retry_AfterCrashBetweenClaimAndSend_SendsExactlyOnce()
    {
        await using var hook = new WebhookListener(_ => WebhookListener.Ok());
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url), ledger => new CrashingLedger(
            ledger,
            CrashingLedger.Step.AfterClaim
        ));

        await Assert.ThrowsAsync<SimulatedCrashException>(() => harness.Activities.SendAsync(new(Event())));
        Assert.Equal(0, hook.Requests);
        harness.Clock.Offset = harness.Get<NotificationLease>().Duration + TimeSpan.FromSeconds(1);
        var retried = await harness.Activities.SendAsync(new(Event()));

        Assert.Equal(DeliveryStatus.Delivered, retried.Deliveries[0].Status);
        Assert.Equal(1, hook.Requests);
    }

    [Fact]
    public async Task Send_RateLimitOnePerHour_SecondEventGivesUpWithoutReachingTheReceiver()
    {
        await using var hook = new WebhookListener(_ => WebhookListener.Ok());
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url, rate: "1/h"));

        var first = await harness.Notifier.SendAsync(new(Event("e-1")), CancellationToken.None);
        var second = await harness.Notifier.SendAsync(new(Event("e-2")), CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, first.Deliveries[0].Status);
        Assert.Equal(DeliveryStatus.GaveUp, second.Deliveries[0].Status);
        Assert.Equal("rate limit of channel hook (1/h) reached", second.Deliveries[0].Detail);
        Assert.Equal(1, hook.Requests);
    }

    [Fact]
    public async Task Webhook_Body_SignedWithHmacOfTimestampAndRawBody()
    {
        await using var hook = new WebhookListener(_ => WebhookListener.Ok());
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url));

        await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        var request = Assert.Single(hook.Received);
        var timestamp = request.Headers["X-PantryPilot-Timestamp"]!;
        // Independent oracle: the receiver's computation, written out with the BCL.
        var expected =
            "v1="
            + Convert.ToHexStringLower(
                HMACSHA256.HashData(
                    Encoding.UTF8.GetBytes(NotifierHarness.SigningKey),
                    (byte[])[.. Encoding.UTF8.GetBytes(timestamp + "."), .. request.RawBody]
                )
            );
        Assert.Equal(expected, request.Headers["X-PantryPilot-Signature"]);
        Assert.InRange(
            long.Parse(timestamp, CultureInfo.InvariantCulture),
            DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60,
            DateTimeOffset.UtcNow.ToUnixTimeSeconds()
        );
        Assert.Equal(
            SignatureCheck.Valid,
            WebhookSignature.Verify(
                NotifierHarness.SigningKey,
                timestamp,
                request.Headers["X-PantryPilot-Signature"],
                request.RawBody,
                DateTimeOffset.UtcNow
            )
        );
        Assert.Equal(
            SignatureCheck.Mismatch,
            WebhookSignature.Verify(
                "another-key-0123456789-0123456789-xx",
                timestamp,
                request.Headers["X-PantryPilot-Signature"],
                request.RawBody,
                DateTimeOffset.UtcNow
            )
        );

        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("validation-failed:run-1:inventory", body.RootElement.GetProperty("id").GetString());
        Assert.Equal("validation-failed", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal(
            "Validation failed: suite inventory_suite on table inventory",
            body.RootElement.GetProperty("title").GetString()
        );
        Assert.Equal("critical", body.RootElement.GetProperty("severity").GetString());
        Assert.Equal(
            42,
            body.RootElement.GetProperty("event")
                .GetProperty("failingExpectations")[0]
                .GetProperty("unexpectedCount")
                .GetInt32()
        );
    }

    [Fact]
    public async Task Slack_Body_HasFallbackTextHeaderAndNoSignature()
    {
        await using var hook = new WebhookListener(_ => WebhookListener.Ok());
        await using var harness = new NotifierHarness(NotifierHarness.Webhook(hook.Url, "slack"));

        await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        var request = Assert.Single(hook.Received);
        using var body = JsonDocument.Parse(request.Body);
        Assert.StartsWith(
            ":red_circle: Validation failed: suite inventory_suite on table inventory\nRun run-1: 1 expectation(s) failed; policy quarantine.",
            body.RootElement.GetProperty("text").GetString(),
            StringComparison.Ordinal
        );
        Assert.Equal("header", body.RootElement.GetProperty("blocks")[0].GetProperty("type").GetString());
        Assert.False(request.Headers.ContainsKey("X-PantryPilot-Signature"));
        Assert.Equal("validation-failed:run-1:inventory", request.Headers["Idempotency-Key"]);
    }

    [Fact]
    public async Task Logs_AndOutcomes_NeverHoldASecret_EvenWhenEveryDeliveryFails()
    {
        const string secretPath = "/services/T0SECRET/B0SECRET/xoxsecrettoken1234";
        // Some receivers echo the request path in their error body: the outcome would carry the token unmasked.
        await using var down = new WebhookListener(
            _ => new(500, $"no healthy upstream for POST {secretPath}"),
            secretPath
        );
        await using var rejects = new WebhookListener(_ => new(200, "invalid_payload"), secretPath);
        var closedPort = WebhookListener.FreePort();
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:Channels:down:Type"] = "webhook",
            ["Notifications:Channels:down:Url"] = down.Url,
            ["Notifications:Channels:down:SigningKey"] = NotifierHarness.SigningKey,
            ["Notifications:Channels:slack:Type"] = "slack",
            ["Notifications:Channels:slack:Url"] = rejects.Url,
            ["Notifications:Channels:gone:Type"] = "slack",
            ["Notifications:Channels:gone:Url"] = $"http://127.0.0.1:{closedPort}{secretPath}",
        };
        await using var harness = new NotifierHarness(settings);

        var output = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        Assert.Equal(3, output.Deliveries.Count);
        Assert.DoesNotContain(output.Deliveries, d => d.Status == DeliveryStatus.Delivered);
        var everything = harness.Logs.All + string.Join('\n', output.Deliveries.Select(d => d.Detail));
        Assert.Contains("gone", everything, StringComparison.Ordinal);
        foreach (var secret in new[] { "T0SECRET", "xoxsecrettoken1234", NotifierHarness.SigningKey, secretPath })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(
            secretPath,
            string.Join(
                '\n',
                Directory.EnumerateFiles(harness.Folder.Path, "*", SearchOption.AllDirectories).Select(File.ReadAllText)
            ),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task DefaultChannel_NoConfiguration_AppendsOneJsonLinePerEventToTheOutbox()
    {
        await using var harness = new NotifierHarness(new Dictionary<string, string?>());

        var first = await harness.Notifier.SendAsync(new(Event("e-1")), CancellationToken.None);
        await harness.Notifier.SendAsync(new(Event("e-1")), CancellationToken.None);
        await harness.Notifier.SendAsync(new(Event("e-2")), CancellationToken.None);

        Assert.Equal(("file", DeliveryStatus.Delivered), (first.Deliveries[0].Channel, first.Deliveries[0].Status));
        var lines = await File.ReadAllLinesAsync(harness.Folder.File("outbox.jsonl"));
        Assert.Equal(
            ["e-1", "e-2"],
            lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString())
        );
    }

    [Fact]
    public async Task Channels_SubscribedKindsOnly_OthersGetNothing()
    {
        await using var hook = new WebhookListener(_ => WebhookListener.Ok());
        var settings = NotifierHarness.Webhook(hook.Url);
        settings["Notifications:Channels:hook:Events"] = "training-failed, promotion-done";
        await using var harness = new NotifierHarness(settings);

        var output = await harness.Notifier.SendAsync(new(Event()), CancellationToken.None);

        Assert.Empty(output.Deliveries);
        Assert.Equal(0, hook.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("tab\tinside")]
    [InlineData("é-accent")]
    public async Task Activity_BadEventId_FailsNonRetryableNamingIt(string id)
    {
        await using var harness = new NotifierHarness(new Dictionary<string, string?>());

        var failure = await Assert.ThrowsAsync<ApplicationFailureException>(() =>
            harness.Activities.SendAsync(new(Event(id)))
        );

        Assert.Equal((NotificationNames.InvalidInput, true), (failure.ErrorType, failure.NonRetryable));
        Assert.Contains("event id", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_UnknownChannel_FailsNonRetryableListingTheConfiguredOnes()
    {
        await using var harness = new NotifierHarness(new Dictionary<string, string?>());

        var failure = await Assert.ThrowsAsync<ApplicationFailureException>(() =>
            harness.Activities.SendAsync(new(Event(), ["pager"]))
        );

        Assert.True(failure.NonRetryable);
        Assert.Equal("no notification channel 'pager' is configured on this host (configured: file)", failure.Message);
    }
}
