using PantryPilot.Domain.Forecasting;

namespace PantryPilot.Benchmarks.Forecasting;

/// <summary>One household x item of a backtest: what the forecaster sees (<see cref="History"/>) and what the scorer
/// sees (the purchase days in order, with the quantity bought and, in an original-layout file, the
/// <c>expected_depletion_date</c> label of that day's rows).</summary>
internal sealed class BacktestPair(string user, string item, string? category)
{
    public string User { get; } = user;

    public string Item { get; } = item;

    /// <summary>The file's item_name (an independent truth file is keyed by it) and unit, as last seen.</summary>
    public string? ItemName { get; set; }

    public string? Unit { get; set; }

    public string? Category { get; set; } = category;

    public ConsumptionHistory History { get; } = new();

    /// <summary>Distinct purchase days, sorted after loading.</summary>
    public List<(int Day, double Quantity, int? LabelDepletion)> Days { get; } = [];

    public void Add(int day, double quantity, int? labelDepletion)
    {
        Days.Add((day, quantity, labelDepletion));
    }

    /// <summary>Sorts and merges same-day rows (quantities summed, the latest label kept).</summary>
    public void Seal()
    {
        Days.Sort((a, b) => a.Day.CompareTo(b.Day));
        var merged = new List<(int Day, double Quantity, int? LabelDepletion)>();
        foreach (var d in Days)
        {
            if (merged.Count > 0 && merged[^1].Day == d.Day)
            {
                var last = merged[^1];
                merged[^1] = (d.Day, last.Quantity + d.Quantity, Max(last.LabelDepletion, d.LabelDepletion));
            }
            else
            {
                merged.Add(d);
            }
        }

        Days.Clear();
        Days.AddRange(merged);
    }

    /// <summary>Index of the last purchase day on or before <paramref name="day"/>, or -1.</summary>
    public int LastOnOrBefore(int day)
    {
        var index = -1;
        for (var i = 0; i < Days.Count && Days[i].Day <= day; i++)
        {
            index = i;
        }

        return index;
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
