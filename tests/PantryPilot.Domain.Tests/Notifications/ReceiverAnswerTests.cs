using PantryPilot.Domain.Notifications;

namespace PantryPilot.Domain.Tests.Notifications;

public sealed class ReceiverAnswerTests
{
    [Theory]
    [InlineData(200, "ok", true, ReceiverVerdict.Accepted)]
    [InlineData(200, "", true, ReceiverVerdict.Accepted)]
    [InlineData(200, "{\"ok\":true}", true, ReceiverVerdict.Accepted)]
    [InlineData(200, "invalid_payload", true, ReceiverVerdict.Transient)]
    [InlineData(200, "invalid_token", true, ReceiverVerdict.Transient)]
    [InlineData(200, "no_text", true, ReceiverVerdict.Transient)]
    [InlineData(200, "{\"ok\":false,\"error\":\"invalid_blocks\"}", true, ReceiverVerdict.Transient)]
    [InlineData(200, "received", false, ReceiverVerdict.Accepted)]
    [InlineData(202, "{\"id\":7}", false, ReceiverVerdict.Accepted)]
    [InlineData(200, "{\"ok\": false}", false, ReceiverVerdict.Transient)]
    [InlineData(204, "", false, ReceiverVerdict.Accepted)]
    [InlineData(200, "{not json", false, ReceiverVerdict.Accepted)]
    [InlineData(400, "invalid_payload", true, ReceiverVerdict.Permanent)]
    [InlineData(403, "action_prohibited", true, ReceiverVerdict.Permanent)]
    [InlineData(410, "channel_is_archived", true, ReceiverVerdict.Permanent)]
    [InlineData(301, "", false, ReceiverVerdict.Permanent)]
    [InlineData(408, "", false, ReceiverVerdict.Transient)]
    [InlineData(425, "", false, ReceiverVerdict.Transient)]
    [InlineData(429, "rate_limited", true, ReceiverVerdict.Transient)]
    [InlineData(500, "rollup_error", true, ReceiverVerdict.Transient)]
    [InlineData(503, "", false, ReceiverVerdict.Transient)]
    public void Classify_StatusAndBody_Verdict(int status, string body, bool slack, ReceiverVerdict verdict) =>
        Assert.Equal(verdict, ReceiverAnswer.Classify(status, body, slack).Verdict);

    [Fact]
    public void Classify_LongErrorBody_QuotedShort() =>
        Assert.Equal(
            "HTTP 500: " + new string('x', 200) + "...",
            ReceiverAnswer.Classify(500, new string('x', 5000), slack: false).Detail
        );
}
