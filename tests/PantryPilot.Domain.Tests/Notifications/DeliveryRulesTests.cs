using PantryPilot.Domain.Notifications;

namespace PantryPilot.Domain.Tests.Notifications;

public sealed class DeliveryRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static DeliveryRecord Record(DeliveryState state, int leaseSeconds = 0) =>
        new("e", "c", state, 1, Now.AddSeconds(leaseSeconds), Now, null);

    public static TheoryData<DeliveryRecord?, ClaimAction> Cases() =>
        new()
        {
            { null, ClaimAction.Send },
            { Record(DeliveryState.Sent), ClaimAction.AlreadySent },
            { Record(DeliveryState.Rejected), ClaimAction.AlreadyRejected },
            { Record(DeliveryState.Failed), ClaimAction.Send },
            { Record(DeliveryState.Sending, leaseSeconds: 1), ClaimAction.Busy },
            { Record(DeliveryState.Sending, leaseSeconds: 0), ClaimAction.Resend },
            { Record(DeliveryState.Sending, leaseSeconds: -1), ClaimAction.Resend },
        };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_Record_Action(DeliveryRecord? record, ClaimAction action) =>
        Assert.Equal(action, DeliveryRules.Decide(record, Now));

    [Fact]
    public void Claim_AfterAnEarlierClaim_CountsTheAttemptAndTakesANewLease()
    {
        var claimed = DeliveryRules.Claim(Record(DeliveryState.Sending, -5), "e", "c", Now, TimeSpan.FromMinutes(2));

        Assert.Equal(
            (DeliveryState.Sending, 2, Now.AddMinutes(2)),
            (claimed.State, claimed.Attempts, claimed.LeaseUntil)
        );
    }

    [Theory]
    [InlineData("validation-failed:run-1:inventory", null)]
    [InlineData("", "an event id is required: it is the idempotency key that makes a retry send nothing twice")]
    [InlineData("a b", "the event id 'a b' holds ' ' (U+0020); use printable ASCII without spaces")]
    public void Key_Rules(string id, string? problem) => Assert.Equal(problem, NotificationKey.Problem(id));

    [Fact]
    public void Key_TooLong_Refused() =>
        Assert.Equal("the event id is 201 characters long; at most 200", NotificationKey.Problem(new string('k', 201)));

    [Theory]
    [InlineData("30/min", 30, 60)]
    [InlineData("1/s", 1, 1)]
    [InlineData("500 / h", 500, 3600)]
    public void RateLimit_Parse(string text, int permits, int seconds) =>
        Assert.Equal(new ChannelRateLimit(permits, TimeSpan.FromSeconds(seconds)), ChannelRateLimit.Parse(text));

    [Theory]
    [InlineData("0/min")]
    [InlineData("-3/min")]
    [InlineData("5/day")]
    [InlineData("lots")]
    public void RateLimit_Bad_FormatException(string text) =>
        Assert.Throws<FormatException>(() => ChannelRateLimit.Parse(text));

    [Fact]
    public void Mask_SecretsAndUrlPaths_Replaced()
    {
        var mask = new SecretMask([
            .. SecretMask.OfUrl("https://hooks.slack.com/services/T0/B0/xyzsecret"),
            "k-0123456789-abcdef",
            "short",
        ]);

        Assert.Equal(
            "POST *** failed; key *** ; path ***; short stays",
            mask.Apply(
                "POST https://hooks.slack.com/services/T0/B0/xyzsecret failed; key k-0123456789-abcdef ; path /services/T0/B0/xyzsecret; short stays"
            )
        );
    }

    [Fact]
    public void Signature_OldTimestamp_Stale()
    {
        var body = "{}"u8.ToArray();
        var signature = WebhookSignature.Sign("k", 1_000_000, body);

        Assert.Equal(
            SignatureCheck.Valid,
            WebhookSignature.Verify(
                "k",
                "1000000",
                signature,
                body,
                DateTimeOffset.FromUnixTimeSeconds(1_000_000 + 299)
            )
        );
        Assert.Equal(
            SignatureCheck.Stale,
            WebhookSignature.Verify(
                "k",
                "1000000",
                signature,
                body,
                DateTimeOffset.FromUnixTimeSeconds(1_000_000 + 301)
            )
        );
        Assert.Equal(
            SignatureCheck.Mismatch,
            WebhookSignature.Verify("k", "1000001", signature, body, DateTimeOffset.FromUnixTimeSeconds(1_000_000))
        );
        Assert.Equal(
            SignatureCheck.Valid,
            WebhookSignature.Verify(
                "k",
                "1000000",
                "v1=00, " + signature,
                body,
                DateTimeOffset.FromUnixTimeSeconds(1_000_000)
            )
        );
        Assert.Equal(
            SignatureCheck.Missing,
            WebhookSignature.Verify("k", null, signature, body, DateTimeOffset.UnixEpoch)
        );
        Assert.Equal(
            SignatureCheck.Malformed,
            WebhookSignature.Verify("k", "yesterday", signature, body, DateTimeOffset.UnixEpoch)
        );
    }

    [Fact]
    public void Signature_KnownVector_MatchesAReceiverWrittenElsewhere()
    {
        // printf '1700000000.{"id":"e-1"}' | openssl dgst -sha256 -hmac 'whsec-test'
        Assert.Equal(
            "v1=304463f29e5331043cabec0624dc42b476bdf2c007aafd76223df9bbc9f9f68b",
            WebhookSignature.Sign("whsec-test", 1_700_000_000, "{\"id\":\"e-1\"}"u8)
        );
    }
}
