using PantryPilot.Contracts.Households;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Exceptions;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>The shopping-list update (added without a patch: no earlier history calls it) replayed against a history
/// built as the server records it. The expected activity input is written by hand: the household of <see
/// cref="HouseholdHistory"/> starts on Sunday 2026-03-01 06:00 UTC with the empty profile (UTC, metric).</summary>
public class HouseholdShoppingListReplayTests
{
    private static readonly PantryLot Rice = new(1, "rice", 400, "g", null);

    [Fact]
    public async Task ShoppingList_TenDays_SchedulesTheReadOnlyActivityWithTheHouseholdsDayAndUnits()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice));
        h.Builder.StartTimer(TimeSpan.FromHours(26));
        var line = new ShoppingListItem(
            "HH-rice", "rice", null, ["runs_out"], "g", 400, 100, "purchase_history", 600, 1000, 1, 1000, "1 kg",
            new DateOnly(2026, 3, 5));
        var answer = new ShoppingListView(
            HouseholdHistory.HouseholdId, new DateOnly(2026, 3, 1), 10, UnitSystem.Metric, 1, [line], []);
        h.Update(HouseholdNames.ShoppingList, new ShoppingListRequest(10), HouseholdNames.ShoppingListActivity, answer);

        var replay = await HouseholdReplay.ReplayAsync(h.Build());

        Assert.Equal([HouseholdNames.LoadActivity, HouseholdNames.ShoppingListActivity], replay.Scheduled);
        var input = Assert.IsType<ShoppingListInput>(replay.Arguments[1]);
        Assert.Equal(
            new ShoppingListInput(HouseholdHistory.HouseholdId, 10, new DateOnly(2026, 3, 1), UnitSystem.Metric),
            input);
    }

    [Fact]
    public async Task ShoppingList_DaysOutOfRange_RejectedTypedBeforeAnyActivity()
    {
        var h = new HouseholdHistory().Loaded(HouseholdHistory.Snapshot(true, Rice));
        h.Builder.StartTimer(TimeSpan.FromHours(26));
        var errors = new Dictionary<int, string?>();
        var probe = new HandlerProbe(wait =>
        {
            foreach (var days in new[] { 0, -3, 61, 1, 60 })
            {
                var failure = wait.Validate(HouseholdNames.ShoppingList, new ShoppingListRequest(days));
                errors[days] = (failure as ApplicationFailureException)?.ErrorType;
            }
        });

        var replay = await HouseholdReplay.ReplayAsync(h.Build(), probe);

        Assert.Equal(HouseholdErrors.InvalidRequest, errors[0]);
        Assert.Equal(HouseholdErrors.InvalidRequest, errors[-3]);
        Assert.Equal(HouseholdErrors.InvalidRequest, errors[61]);
        Assert.Null(errors[1]);
        Assert.Null(errors[60]);
        Assert.Equal([HouseholdNames.LoadActivity], replay.Scheduled);
    }
}
