namespace PantryPilot.Domain.Generation;

/// <summary>The second tuning regime (<see cref="GenerationRegime.Stockpiler"/>): a household that buys ahead and
/// carries stock over, so that the day a purchase's stock runs out is not the next purchase day. Written to tune the
/// depletion interval on something other than <see cref="GenerationRegime.Cadence"/> (where the two days are the
/// same), and deliberately unlike the held-out <see cref="WeeklyShopperRegime"/>: no weekdays, no holidays, no
/// unrecorded purchases. One instance per household; all draws come from the household's purchase stream.
///
/// Household: big shops at irregular gaps (its mean gap drawn in [6, 20] days, each gap that times a lognormal factor
/// of log-spread 0.4, at least 2 days); at a big shop it restocks an item whose stock will not cover its own
/// threshold, a household-specific number of mean gaps drawn in [0.3, 1.6], buying the plan's packs or, if more, the
/// packs that bring the stock to threshold + one mean gap; 10 % of restocks are a stockpile (twice to four times that).
/// An item that runs out between big shops is bought (the plan's packs) 0-3 days later at a corner shop.
/// Item: each day's use is the rate times a lognormal factor of mean 1 and a household-specific log-spread in
/// [0.2, 0.9]; with probability 0.4 the rate drifts, from a uniform day of the history, by a log-slope drawn in
/// [-0.35, 0.35] per 90 days, held within [0.5, 2] times the plan's rate.
/// Truth per purchase: the day the stock held right after it (carried-over stock included) would be used up with no
/// later purchase, and the next purchase.</summary>
internal sealed class StockpilerRegime
{
    public const double MinMeanGap = 6;
    public const double MaxMeanGap = 20;
    public const double GapLogSpread = 0.4;
    public const double MinThresholdGaps = 0.3;
    public const double MaxThresholdGaps = 1.6;
    public const double StockpileProbability = 0.1;
    public const int MaxCornerShopDelay = 3;
    public const double MinDailyLogSpread = 0.2;
    public const double MaxDailyLogSpread = 0.9;
    public const double DriftProbability = 0.4;
    public const double MaxDriftPer90Days = 0.35;

    private readonly Random rng;
    private readonly DateOnly asOf;
    private readonly double meanGap;
    private readonly double thresholdGaps;
    private readonly double dailyLogSpread;
    private readonly List<Bought> bought = [];
    private double[] demand = new double[1024];
    private double[] rates = new double[1024];

    public StockpilerRegime(Random rng, DateOnly asOf)
    {
        this.rng = rng;
        this.asOf = asOf;
        meanGap = Uniform(MinMeanGap, MaxMeanGap);
        thresholdGaps = Uniform(MinThresholdGaps, MaxThresholdGaps);
        dailyLogSpread = Uniform(MinDailyLogSpread, MaxDailyLogSpread);
    }

    /// <summary>The latest <paramref name="count"/> purchases on or before the as-of day, oldest first.</summary>
    public List<WeeklyShopperRegime.Lot> Simulate(ref ItemPlan plan, int count)
    {
        var past = ((count + 5) * Math.Max(plan.CadenceDays, (int)meanGap) * 2) + 60;
        for (var attempt = 0; attempt < 6; attempt++, past *= 2)
        {
            var lots = SimulateWindow(ref plan, count, past);
            if (lots.Count == count)
            {
                return lots;
            }
        }

        throw new InvalidOperationException($"stockpiler regime: item {plan.ItemId} never reached {count} purchases");
    }

    private List<WeeklyShopperRegime.Lot> SimulateWindow(ref ItemPlan plan, int count, int past)
    {
        var days = past + (6 * Math.Max(plan.CadenceDays, (int)meanGap)) + 60;
        var start = asOf.DayNumber - past;
        if (demand.Length < days)
        {
            demand = new double[days];
            rates = new double[days];
        }

        DrawUse(plan.DailyUsage, past, days);
        bought.Clear();
        var pack = plan.Pack.Size;
        var stock = plan.PacksPerPurchase * pack * thresholdGaps;
        var nextBigShop = (int)(rng.NextDouble() * meanGap);
        var cornerShop = -1;
        for (var t = 0; t < days; t++)
        {
            var packs = 0;
            if (t == nextBigShop)
            {
                nextBigShop = t + Math.Max(2, (int)Math.Round(meanGap * Math.Exp(GapLogSpread * Normal(rng))));
                var cover = rates[t] * meanGap;
                if (stock < cover * thresholdGaps)
                {
                    var wanted = (int)Math.Ceiling(((cover * (thresholdGaps + 1)) - stock) / pack);
                    packs = Math.Max(plan.PacksPerPurchase, wanted);
                    packs *= rng.NextDouble() < StockpileProbability ? 2 + rng.Next(3) : 1;
                }
            }

            if (packs == 0 && t == cornerShop)
            {
                packs = plan.PacksPerPurchase;
            }

            if (packs > 0)
            {
                stock += packs * pack;
                cornerShop = -1;
                bought.Add(new(t, packs, stock, rates[t]));
            }

            stock = Math.Max(0, stock - demand[t]);
            if (stock <= 0 && cornerShop < 0)
            {
                cornerShop = t + 1 + rng.Next(MaxCornerShopDelay + 1);
            }
        }

        var result = new List<WeeklyShopperRegime.Lot>(count);
        var last = bought.FindLastIndex(b => start + b.Day <= asOf.DayNumber);
        for (var k = Math.Max(0, last - count + 1); k <= last; k++)
        {
            var b = bought[k];
            var next = k + 1 < bought.Count ? bought[k + 1].Day : days;
            result.Add(
                new(
                    DateOnly.FromDayNumber(start + b.Day),
                    b.Packs,
                    DateOnly.FromDayNumber(start + RunOut(b.Day, b.StockAfter, days)),
                    DateOnly.FromDayNumber(start + next),
                    b.Rate));
        }

        return result;
    }

    /// <summary>The item's rate (drifting or not) and each day's lognormal use around it.</summary>
    private void DrawUse(double usage, int past, int days)
    {
        var drifts = rng.NextDouble() < DriftProbability;
        var driftFrom = rng.Next(past);
        var slope = Uniform(-MaxDriftPer90Days, MaxDriftPer90Days) / 90;
        for (var t = 0; t < days; t++)
        {
            var drift = drifts && t > driftFrom ? Math.Clamp(slope * (t - driftFrom), -Math.Log(2), Math.Log(2)) : 0;
            rates[t] = usage * Math.Exp(drift);
            var noise = Math.Exp((dailyLogSpread * Normal(rng)) - (dailyLogSpread * dailyLogSpread / 2));
            demand[t] = rates[t] * noise;
        }
    }

    /// <summary>The day the stock held right after the purchase on day <paramref name="from"/> is used up.</summary>
    private int RunOut(int from, double stock, int days)
    {
        for (var t = from; t < days; t++)
        {
            stock -= demand[t];
            if (stock <= 0)
            {
                return t;
            }
        }

        return days;
    }

    private double Uniform(double low, double high) => low + (rng.NextDouble() * (high - low));

    /// <summary>Standard normal (Box-Muller, one of the pair).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private readonly record struct Bought(int Day, int Packs, double StockAfter, double Rate);
}
