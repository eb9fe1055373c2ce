using System.Text.Json;
using PantryPilot.Activities.Notifications;
using PantryPilot.Contracts.Notifications;
using Temporalio.Converters;

namespace PantryPilot.Activities.Tests.Notifications;

/// <summary>Events travel through Temporal's default data converter inside the activity input and come back as the same
/// derived record, with the kind written as the discriminator a non-.NET sender would write.</summary>
public sealed class EventSerializationTests
{
    public static TheoryData<string> Kinds() => [.. NotificationKinds.All];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task DataConverter_EveryKind_RoundTripsAsTheSameRecord(string kind)
    {
        var notice = SampleNotifications.Of(kind, new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero), "id-1");
        var input = new SendNotificationInput(notice, ["ops"]);

        var payload = await DataConverter.Default.ToPayloadAsync(input);
        var back = await DataConverter.Default.ToValueAsync<SendNotificationInput>(payload);

        using var json = JsonDocument.Parse(payload.Data.ToByteArray());
        Assert.Equal(kind, json.RootElement.GetProperty("Event").GetProperty("kind").GetString());
        Assert.Equal(notice.GetType(), back.Event.GetType());
        Assert.Equal(kind, back.Event.Kind);
        Assert.Equal(JsonSerializer.Serialize<NotificationEvent>(notice), JsonSerializer.Serialize(back.Event));
    }

    [Fact]
    public async Task DataConverter_UnknownKind_FailsInsteadOfGuessing()
    {
        var payload = await DataConverter.Default.ToPayloadAsync(
            new
            {
                Event = new
                {
                    kind = "party-started",
                    EventId = "x",
                    OccurredAt = DateTimeOffset.UnixEpoch,
                },
            }
        );

        await Assert.ThrowsAnyAsync<Exception>(() =>
            DataConverter.Default.ToValueAsync<SendNotificationInput>(payload)
        );
    }
}
