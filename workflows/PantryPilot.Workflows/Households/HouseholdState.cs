using PantryPilot.Contracts.Households;

namespace PantryPilot.Workflows.Households;

/// <summary>The household's state inside its workflow: small and bounded (every list has a limit), carried over
/// continue-as-new as a <see cref="HouseholdCarry"/>. Only the handlers change it.</summary>
public sealed class HouseholdState
{
    /// <summary>Requests remembered with their answers (older ones are answered by the database).</summary>
    public const int MaxRecent = 64;

    /// <summary>Characters of remembered answers, so the carried state stays far below a payload's 2 MB
    /// limit.</summary>
    public const int MaxRecentChars = 256 * 1024;

    /// <summary>Served recipes cook and feedback can name.</summary>
    public const int MaxRecipes = 20;

    public HouseholdState(string householdId, HouseholdCarry? carry)
    {
        HouseholdId = householdId;
        if (carry is null)
        {
            return;
        }

        Known = carry.Known;
        Profile = carry.Profile;
        EffectiveDiets = carry.EffectiveDiets;
        Lots.AddRange(carry.Lots);
        LotsNotLoaded = carry.LotsNotLoaded;
        Reminders.AddRange(carry.Reminders);
        DigestDue = carry.DigestDue;
        Recent.AddRange(carry.Recent);
        Recipes.AddRange(carry.Recipes);
        History.AddRange(carry.History);
        RecipesServed = carry.RecipesServed;
        Plans.AddRange(carry.Plans ?? []);
        MinStocks.AddRange(carry.MinStocks ?? []);
        Run = carry.Run + 1;
    }

    public string HouseholdId { get; }

    public bool Known { get; set; }

    public HouseholdProfile Profile { get; set; } = HouseholdProfile.Empty;

    public IReadOnlyList<string> EffectiveDiets { get; set; } = [];

    /// <summary>Open lots, as the workflow last saw them.</summary>
    public List<PantryLot> Lots { get; } = [];

    public int LotsNotLoaded { get; set; }

    public List<PendingReminder> Reminders { get; } = [];

    public DateTime? DigestDue { get; set; }

    public List<RecentRequest> Recent { get; } = [];

    public List<KnownRecipe> Recipes { get; } = [];

    /// <summary>Oldest first.</summary>
    public List<HistoryEntry> History { get; } = [];

    public int RecipesServed { get; set; }

    /// <summary>Planned recipes, soonest first.</summary>
    public List<PlannedRecipe> Plans { get; } = [];

    /// <summary>The household's own minimums by item name.</summary>
    public List<MinStockSetting> MinStocks { get; } = [];

    public int Run { get; } = 1;

    /// <summary>The list the shopping-list query answers with. Not carried: the next run computes it again.</summary>
    public ShoppingListCache ShoppingList { get; } = new();

    public HouseholdCarry ToCarry() => new(
        Known, Profile, EffectiveDiets, Lots.ToList(), LotsNotLoaded, Reminders.ToList(), DigestDue, Recent.ToList(),
        Recipes.ToList(), History.ToList(), RecipesServed, Run,
        Plans.Count == 0 ? null : Plans.ToList(), MinStocks.Count == 0 ? null : MinStocks.ToList());

    /// <summary>Applies lot changes an activity made: a lot at zero leaves (and its reminder with it).</summary>
    public void Apply(IEnumerable<LotChange> changes)
    {
        foreach (var change in changes)
        {
            var at = Lots.FindIndex(l => l.LotId == change.LotId);
            if (change.After <= 0)
            {
                if (at >= 0)
                {
                    Lots.RemoveAt(at);
                }

                Reminders.RemoveAll(r => r.LotId == change.LotId);
                continue;
            }

            var lot = new PantryLot(change.LotId, change.Name, change.After, change.Unit, change.Expires);
            if (at >= 0)
            {
                Lots[at] = lot;
            }
            else
            {
                Lots.Add(lot);
            }
        }
    }

    public RecentRequest? FindRecent(string requestId) => Recent.Find(r => r.RequestId == requestId);

    public void Remember(RecentRequest request)
    {
        Recent.RemoveAll(r => r.RequestId == request.RequestId);
        Recent.Add(request);
        while (Recent.Count > MaxRecent || (Recent.Count > 1 && Recent.Sum(r => r.ResultJson.Length) > MaxRecentChars))
        {
            Recent.RemoveAt(0);
        }
    }

    public void Remember(KnownRecipe recipe)
    {
        Recipes.RemoveAll(r => r.RequestId == recipe.RequestId);
        Recipes.Add(recipe);
        if (Recipes.Count > MaxRecipes)
        {
            Recipes.RemoveAt(0);
        }
    }

    public void Record(HistoryEntry entry)
    {
        History.Add(entry);
        if (History.Count > HouseholdLimits.MaxHistoryEntries)
        {
            History.RemoveAt(0);
        }
    }
}
