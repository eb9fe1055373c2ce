using Google.Protobuf;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Workflows.Households;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>Bounded history: 10,000 updates drive the household through as many runs as it takes; every run must stay
/// within Temporal's limits (51,200 events, 50 MB) and hand its state, pending timers included, to the next.</summary>
public class HouseholdContinueAsNewTests
{
    /// <summary>Temporal's hard limits on one run's history.</summary>
    private const int EventLimit = 51_200;
    private const long ByteLimit = 50L * 1024 * 1024;

    /// <summary>Temporal's limit on one payload (the carried state is one).</summary>
    private const long PayloadLimit = 2L * 1024 * 1024;

    private static readonly PantryLot Rice = new(1, "rice", 20_000, "g", null);
    private static readonly PantryLot Milk = new(2, "milk", 1, "l", new DateOnly(2026, 3, 10));

    [Fact]
    public async Task TenThousandUpdates_EveryRunWithinLimits_StateAndTimersCarried()
    {
        const int total = 10_000;
        var runs = new List<(int Events, long Bytes, int Updates)>();
        HouseholdCarry? carry = null;
        var done = 0;
        var rice = Rice.Quantity;
        PantryView? final = null;
        TimeSpan elapsed = TimeSpan.Zero;
        while (done < total)
        {
            var h = new HouseholdHistory(carry, elapsed);
            if (carry is null)
            {
                h.Loaded(HouseholdHistory.Snapshot(true, Rice, Milk));
            }
            else
            {
                h.Builder.WorkflowTask();
            }

            var timer = h.Builder.StartTimer(TimeSpan.FromHours(20));
            var inRun = 0;
            var continued = false;
            while (done < total)
            {
                var request = new ConsumeRequest($"c-{done}", [new("rice", 1, "g")]);
                var result = new StockChangeResult(request.RequestId, [new(1, "rice", "g", rice, rice - 1, null)], [], []);
                var accepted = h.Accept(HouseholdNames.Consume, request);
                h.Activity(HouseholdNames.ConsumeActivity, result);
                h.Builder.UpdateCompleted(accepted, result);
                rice--;
                done++;
                inRun++;

                // The run continues as new in the first task whose history is this long (its started event's id).
                if (h.Builder.LastWorkflowTaskCompleted - 1 >= HouseholdWorkflow.ContinueAsNewEvents)
                {
                    h.Builder.CancelTimer(timer).ContinuedAsNew(HouseholdNames.Workflow, null);
                    continued = true;
                    break;
                }
            }

            if (!continued)
            {
                // The last run: Monday's digest fires; the pantry is read when the notice is sent.
                h.Builder.Advance(TimeSpan.FromHours(30)).FireTimer(timer);
                h.Builder.WorkflowTask();
                h.Builder.ScheduleActivity(HouseholdNames.NotifyActivity);
            }

            var history = h.Build();
            var probe = new HandlerProbe(_ => { }, atActivity: (type, calls) => final = type == HouseholdNames.NotifyActivity ? (PantryView?)calls.Query(HouseholdNames.PantryQuery) : final);
            var replay = new HouseholdObserver();
            try
            {
                await HouseholdReplay.ReplayAsync(history, replay, probe);
            }
            catch (Exception e)
            {
                Assert.Fail($"run {runs.Count + 1} ({history.Events.Count} events, {inRun} updates) did not replay: scheduled {string.Join(", ", replay.Scheduled)}; {JsonText(replay.Arguments.LastOrDefault())}; {e.Message}");
            }

            runs.Add((history.Events.Count, Bytes(history), inRun));
            if (continued)
            {
                var next = Assert.IsType<HouseholdInput>(replay.ContinuedAsNewWith);
                Assert.True(PayloadSize(next) < PayloadLimit / 4, $"carried state is {PayloadSize(next):N0} bytes");
                carry = next.Carry;
                elapsed = history.Events.Last().EventTime.ToDateTime() - HouseholdHistory.Start;
            }
        }

        Assert.Equal(total, runs.Sum(r => r.Updates));
        Assert.True(runs.Count >= 2, "10,000 updates must not fit one run");
        Assert.All(runs, r =>
        {
            Assert.True(r.Events < EventLimit / 5, $"{r.Events:N0} events");
            Assert.True(r.Bytes < ByteLimit / 5, $"{r.Bytes:N0} bytes");
        });

        // Every update counted once: 20 kg less 10,000 single grams.
        Assert.Equal(10_000, final!.Items.Single(i => i.Name == "rice").Quantity);

        // The milk's reminder (09:00 UTC two days before 2026-03-10) went from run to run untouched.
        var reminder = Assert.Single(carry!.Reminders);
        Assert.Equal((2L, new DateTime(2026, 3, 8, 9, 0, 0, DateTimeKind.Utc)), (reminder.LotId, reminder.DueAt));
        Assert.Equal(HouseholdState.MaxRecent, carry.Recent.Count);
    }

    [Fact]
    public async Task NextRun_ArmsTheCarriedReminderWithoutReadingTheDatabase()
    {
        var due = HouseholdHistory.Start.AddHours(5);
        var carry = new HouseholdCarry(true, HouseholdProfile.Empty, [], [Milk], 0, [new(2, "milk", Milk.Expires!.Value, due)],
            new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc), [], [], [], 0, 3);
        var h = new HouseholdHistory(carry);
        h.Builder.WorkflowTask();
        h.Builder.StartTimer(TimeSpan.FromHours(5));

        var replay = await HouseholdReplay.ReplayAsync(h.Build());

        Assert.Empty(replay.Scheduled);
        Assert.InRange(Assert.Single(replay.Timers), TimeSpan.FromHours(4.99), TimeSpan.FromHours(5));
    }

    private static string JsonText(object? value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static long Bytes(WorkflowHistory history)
    {
        var proto = new Temporalio.Api.History.V1.History();
        proto.Events.AddRange(history.Events);
        return proto.CalculateSize();
    }

    private static long PayloadSize(object value) => PayloadJson.DataConverter.PayloadConverter.ToPayload(value).CalculateSize();
}
