namespace PantryPilot.Contracts.Households;

/// <summary>Everything a household's workflow carries into its next run (continue-as-new), and what the in-process
/// host stores between commands. Every list is bounded (<see cref="HouseholdLimits"/>).</summary>
/// <param name="Reminders">Pending expiry reminders: timers re-armed by the next run.</param>
/// <param name="DigestDue">When the next weekly digest fires (UTC).</param>
/// <param name="RecipesServed">Recipe requests answered so far (every few, a preference pair).</param>
/// <param name="Run">Runs so far, this one included.</param>
/// <param name="Plans">Planned recipes (null in runs before plans existed).</param>
/// <param name="MinStocks">The household's own minimums (null in runs before they existed).</param>
public sealed record HouseholdCarry(
    bool Known,
    HouseholdProfile Profile,
    IReadOnlyList<string> EffectiveDiets,
    IReadOnlyList<PantryLot> Lots,
    int LotsNotLoaded,
    IReadOnlyList<PendingReminder> Reminders,
    DateTime? DigestDue,
    IReadOnlyList<RecentRequest> Recent,
    IReadOnlyList<KnownRecipe> Recipes,
    IReadOnlyList<HistoryEntry> History,
    int RecipesServed,
    int Run,
    IReadOnlyList<PlannedRecipe>? Plans = null,
    IReadOnlyList<MinStockSetting>? MinStocks = null);
