namespace PantryPilot.Domain.Generation;

/// <summary>The held-out generator regime (<see cref="GenerationRegime.WeeklyShopper"/>), fixed before the forecaster
/// was tuned (docs/forecasting.md). One instance per household; all draws come from the household's purchase stream.
///
/// Household: shops on one weekday, and with probability 0.4 on a second one 3-4 days later; buys an item when its
/// stock will not last to the next trip times a safety factor drawn in [1.0, 1.5]; is away on two holidays a year
/// (4-14 days each: no use, no shopping).
/// Item: mean use per day is the plan's daily usage; with probability 0.5 it changes once, at a uniform day of the
/// history, by a factor in [0.7, 1.4]. Each day's use is that rate x weekday weight (weekends 1.3x weekdays, mean 1)
/// x Gamma(shape 2, mean 1) noise. A purchase is the plan's pack count, one more with probability 0.2, three times as
/// many with probability 0.06 (a promotion); 6 % of purchases are never recorded (paid cash at a market).
/// Truth per recorded purchase: the day the stock held right after it would be used up with no later purchase, and
/// the next recorded purchase (past the as-of day too).</summary>
internal sealed class WeeklyShopperRegime
{
    public const double SecondShopDayProbability = 0.4;
    public const double MinSafety = 1.0;
    public const double MaxSafety = 1.5;
    public const double RateChangeProbability = 0.5;
    public const double MinRateChange = 0.7;
    public const double MaxRateChange = 1.4;
    public const double WeekendWeight = 1.3;
    public const double ExtraPackProbability = 0.2;
    public const double BulkProbability = 0.06;
    public const int BulkFactor = 3;
    public const double UnrecordedProbability = 0.06;

    private static readonly double WeekdayWeight = 7 / (5 + (2 * WeekendWeight));

    private readonly Random rng;
    private readonly DateOnly asOf;
    private readonly bool[] shopsOn = new bool[7];
    private readonly double safety;
    private readonly (int Start, int Length)[] holidays = new (int, int)[2];
    private readonly List<Bought> bought = [];
    private double[] demand = new double[1024];

    public WeeklyShopperRegime(Random rng, DateOnly asOf)
    {
        this.rng = rng;
        this.asOf = asOf;
        var first = rng.Next(7);
        shopsOn[first] = true;
        if (rng.NextDouble() < SecondShopDayProbability)
        {
            shopsOn[(first + 3 + rng.Next(2)) % 7] = true;
        }

        safety = MinSafety + (rng.NextDouble() * (MaxSafety - MinSafety));
        for (var h = 0; h < holidays.Length; h++)
        {
            holidays[h] = (rng.Next(365), 4 + rng.Next(11));
        }
    }

    public readonly record struct Lot(DateOnly Date, int Packs, DateOnly RunOut, DateOnly NextPurchase, double Rate);

    /// <summary>The latest <paramref name="count"/> recorded purchases on or before the as-of day, oldest
    /// first.</summary>
    public List<Lot> Simulate(ref ItemPlan plan, int count)
    {
        var past = ((count + 5) * plan.CadenceDays * 2) + 60;
        for (var attempt = 0; attempt < 6; attempt++, past *= 2)
        {
            var lots = SimulateWindow(ref plan, count, past);
            if (lots.Count == count)
            {
                return lots;
            }
        }

        throw new InvalidOperationException(
            $"weekly-shopper regime: item {plan.ItemId} never reached {count} purchases");
    }

    private List<Lot> SimulateWindow(ref ItemPlan plan, int count, int past)
    {
        var future = (6 * plan.CadenceDays) + 60;
        var days = past + future;
        var start = asOf.DayNumber - past;
        if (demand.Length < days)
        {
            demand = new double[days];
        }

        var changeAt = rng.NextDouble() < RateChangeProbability ? rng.Next(past) : int.MaxValue;
        var factor = MinRateChange + (rng.NextDouble() * (MaxRateChange - MinRateChange));
        var usage = plan.DailyUsage;
        double Rate(int t) => usage * (t >= changeAt ? factor : 1);
        for (var t = 0; t < days; t++)
        {
            var day = DateOnly.FromDayNumber(start + t);
            var weekday = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
                ? WeekendWeight * WeekdayWeight
                : WeekdayWeight;
            var noise = (-Math.Log(1 - rng.NextDouble()) - Math.Log(1 - rng.NextDouble())) / 2;
            demand[t] = OnHoliday(start + t) ? 0 : Rate(t) * weekday * noise;
        }

        bought.Clear();
        var pack = plan.Pack.Size;
        var stock = plan.PacksPerPurchase * pack;
        for (var t = 0; t < days; t++)
        {
            var day = start + t;
            if (shopsOn[(int)DateOnly.FromDayNumber(day).DayOfWeek]
                && !OnHoliday(day)
                && stock < Rate(t) * DaysToNextTrip(day) * safety)
            {
                var packs = plan.PacksPerPurchase + (rng.NextDouble() < ExtraPackProbability ? 1 : 0);
                if (rng.NextDouble() < BulkProbability)
                {
                    packs *= BulkFactor;
                }

                stock += packs * pack;
                bought.Add(new(t, packs, stock, rng.NextDouble() >= UnrecordedProbability, Rate(t)));
            }

            stock = Math.Max(0, stock - demand[t]);
        }

        var result = new List<Lot>(count);
        var lastRecorded = -1;
        for (var k = 0; k < bought.Count; k++)
        {
            if (bought[k].Recorded && start + bought[k].Day <= asOf.DayNumber)
            {
                lastRecorded = k;
            }
        }

        for (var k = lastRecorded; k >= 0 && result.Count < count; k--)
        {
            var b = bought[k];
            if (!b.Recorded)
            {
                continue;
            }

            var next = -1;
            for (var j = k + 1; j < bought.Count && next < 0; j++)
            {
                next = bought[j].Recorded ? bought[j].Day : -1;
            }

            result.Add(
                new(
                    DateOnly.FromDayNumber(start + b.Day),
                    b.Packs,
                    DateOnly.FromDayNumber(start + RunOut(b.Day, b.StockAfter, days)),
                    DateOnly.FromDayNumber(start + (next < 0 ? days : next)),
                    b.Rate));
        }

        result.Reverse();
        return result;
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

    private int DaysToNextTrip(int day)
    {
        for (var ahead = 1; ahead <= 7; ahead++)
        {
            if (shopsOn[(int)DateOnly.FromDayNumber(day + ahead).DayOfWeek])
            {
                return ahead;
            }
        }

        return 7;
    }

    private bool OnHoliday(int day)
    {
        var inYear = ((asOf.DayNumber - day) % 365 + 365) % 365;
        foreach (var (holidayStart, length) in holidays)
        {
            if (inYear >= holidayStart && inYear < holidayStart + length)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Bought(int Day, int Packs, double StockAfter, bool Recorded, double Rate);
}
