namespace PantryPilot.Domain.Generation;

/// <summary>Replays a household's purchase history from its plans: each item is bought every
/// (quantity / daily usage) days with jitter, counting back from the latest purchase the inventory shows.
/// Items used faster get more of the household's purchases. Not thread-safe (scratch arrays).</summary>
internal sealed class PurchaseSimulator(
    int seed,
    int purchasesPerUser,
    GenerationRegime regime = GenerationRegime.Cadence)
{
    private static readonly Comparison<PurchaseLine> ByDateThenSlot = (a, b)
        => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Slot.CompareTo(b.Slot);

    public PurchaseLine[] Lines { get; } = new PurchaseLine[purchasesPerUser];

    public PurchaseTrip[] Trips { get; } = new PurchaseTrip[purchasesPerUser];

    public int LineCount { get; private set; }

    public int TripCount { get; private set; }

    public void Simulate(int household, HouseholdPlanner planner)
    {
        LineCount = 0;
        TripCount = 0;
        var plans = planner.Plans;
        if (plans.Length == 0 || purchasesPerUser == 0)
        {
            return;
        }

        var rng = new Random(SeedMixer.Derive(seed, household, SeedMixer.PurchaseStream));
        // The truth's own stream: drawing the latest lot's future never shifts the purchases themselves.
        var truth = new Random(SeedMixer.Derive(seed, household, SeedMixer.TruthStream));
        var weekly = regime == GenerationRegime.WeeklyShopper ? new WeeklyShopperRegime(rng, planner.AsOf) : null;
        var stockpiler = regime == GenerationRegime.Stockpiler ? new StockpilerRegime(rng, planner.AsOf) : null;
        var totalWeight = 0.0;
        for (var j = 0; j < plans.Length; j++)
        {
            totalWeight += 1.0 / plans[j].CadenceDays;
        }

        // Systematic sampling: purchase k goes to the item whose cumulative weight covers (start + k * step).
        var step = totalWeight / purchasesPerUser;
        var target = rng.NextDouble() * step;
        var cumulative = 0.0;
        var slot = -1;
        var countForSlot = 0;
        for (var k = 0; k < purchasesPerUser; k++)
        {
            while (slot < plans.Length - 1 && cumulative <= target)
            {
                if (slot >= 0 && countForSlot > 0)
                {
                    AddRegimeLines(ref plans[slot], slot, countForSlot, planner.PriceLevel, rng, weekly, stockpiler);
                }

                slot++;
                cumulative += 1.0 / plans[slot].CadenceDays;
                countForSlot = 0;
            }

            if (weekly is null && stockpiler is null)
            {
                AddLine(ref plans[slot], slot, countForSlot, planner.PriceLevel, rng, truth);
            }

            countForSlot++;
            target += step;
        }

        if (countForSlot > 0)
        {
            AddRegimeLines(ref plans[slot], slot, countForSlot, planner.PriceLevel, rng, weekly, stockpiler);
        }

        Array.Sort(Lines, 0, LineCount, Comparer<PurchaseLine>.Create(ByDateThenSlot));
        GroupTrips(planner, rng);
    }

    private void AddLine(ref ItemPlan plan, int slot, int nth, double priceLevel, Random rng, Random truth)
    {
        ref var line = ref Lines[LineCount];
        line.Slot = slot;
        line.TrueRate = plan.DailyUsage * plan.CanonicalPerUnit;
        if (nth == 0)
        {
            line.Date = plan.LastPurchase;
            line.Packs = plan.PacksPerPurchase;
            // The future past the history, drawn like the gaps below: this lot runs out, and is bought again, then.
            var future = Math.Max(
                1,
                (int)Math.Round(plan.Pack.Size * line.Packs / plan.DailyUsage * (0.85 + (truth.NextDouble() * 0.3))));
            line.RunOut = line.NextPurchase = line.Date.AddDays(future);
        }
        else
        {
            // Older purchases: the (nth)th before the latest, bought one "use-up time" earlier than the next one.
            ref var newer = ref Lines[LineCount - 1];
            line.Packs = Math.Max(1, plan.PacksPerPurchase + (rng.NextDouble() < 0.2 ? (rng.Next(2) * 2) - 1 : 0));
            var gap = Math.Max(
                1,
                (int)Math.Round(plan.Pack.Size * line.Packs / plan.DailyUsage * (0.85 + (rng.NextDouble() * 0.3))));
            line.Date = newer.Date.AddDays(-gap);
            line.RunOut = line.NextPurchase = newer.Date; // it lasted exactly until the newer purchase
        }

        Price(ref line, ref plan, priceLevel, rng);
        LineCount++;
    }

    /// <summary>The latest <paramref name="count"/> recorded purchases of one item under the weekly-shopper or the
    /// stockpiler regime (nothing under the cadence one, whose lines are added one at a time).</summary>
    private void AddRegimeLines(
        ref ItemPlan plan,
        int slot,
        int count,
        double priceLevel,
        Random rng,
        WeeklyShopperRegime? weekly,
        StockpilerRegime? stockpiler)
    {
        var lots = weekly?.Simulate(ref plan, count) ?? stockpiler?.Simulate(ref plan, count) ?? [];
        foreach (var lot in lots)
        {
            ref var line = ref Lines[LineCount];
            line.Slot = slot;
            line.Date = lot.Date;
            line.Packs = lot.Packs;
            line.RunOut = lot.RunOut;
            line.NextPurchase = lot.NextPurchase;
            line.TrueRate = lot.Rate * plan.CanonicalPerUnit;
            Price(ref line, ref plan, priceLevel, rng);
            LineCount++;
        }
    }

    private static void Price(ref PurchaseLine line, ref ItemPlan plan, double priceLevel, Random rng)
    {
        line.Quantity = plan.Pack.Size * line.Packs;
        var price = line.Quantity * plan.CanonicalPerUnit * plan.Item.PricePerCanonicalUnit * priceLevel;
        price = Math.Max(0.01, Math.Round(price * (0.93 + (rng.NextDouble() * 0.14)), 2));
        line.Discount = rng.NextDouble() < 0.15 ? Math.Round(price * (0.05 + (rng.NextDouble() * 0.25)), 2) : 0;
        line.PriceTotal = Math.Round(price - line.Discount, 2);
        line.Depletion = line.Date.AddDays(Math.Max(1, (int)Math.Ceiling(line.Quantity / plan.DailyUsage)));
    }

    private void GroupTrips(HouseholdPlanner planner, Random rng)
    {
        for (var i = 0; i < LineCount; i++)
        {
            if (i == 0 || Lines[i].Date != Lines[i - 1].Date)
            {
                ref var trip = ref Trips[TripCount];
                trip.TransactionId = $"{planner.UserId}-T{TripCount + 1:D4}";
                trip.Store = planner.Stores[rng.NextDouble() < 0.65 ? 0 : 1];
                trip.Payment = GeneratorVocabulary.PaymentMethods[rng.Next(GeneratorVocabulary.PaymentMethods.Length)];
                trip.Channel = GeneratorVocabulary.Channels[rng.Next(GeneratorVocabulary.Channels.Length)];
                trip.ReceiptSource = GeneratorVocabulary.ReceiptSources[
                    rng.Next(GeneratorVocabulary.ReceiptSources.Length)];
                trip.FirstLine = i;
                trip.LineCount = 0;
                TripCount++;
            }

            Lines[i].Transaction = TripCount - 1;
            Trips[TripCount - 1].LineCount++;
        }
    }
}
