using System.Globalization;
using System.Text.RegularExpressions;
using nietras.SeparatedValues;
using PantryPilot.Activities.Pipeline;

namespace PantryPilot.Benchmarks.Forecasting;

/// <summary>The true daily usage per household item of a purchase file written outside the project
/// (`--truth PATH`; layout of Forecasting/Data/independent/truth.csv: <c>user_id,item_name,true_daily_usage,
/// pack_size,notes</c>, usage such as <c>300 g/day</c>, pack such as <c>1 pack (5 pcs) until 2025-02-28; 1 pack
/// (20 pcs) from 2025-03-01</c>). Read by the scorer only. The purchase file's "pack" rows convert at one piece per
/// pack, so the true rate of a packed item is turned into packs per day with the pack in force on the day.</summary>
internal sealed partial class IndependentTruth
{
    private readonly Dictionary<(string User, string ItemName), Entry> entries = [];

    public int Count => entries.Count;

    public static IndependentTruth Load(string path)
    {
        var truth = new IndependentTruth();
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true }).FromFile(path);
        foreach (var name in (string[])["user_id", "item_name", "true_daily_usage", "pack_size"])
        {
            if (!reader.Header.ColNames.Contains(name))
            {
                throw new BadInputException(
                    $"{path}: no column {name} (expected user_id,item_name,true_daily_usage,pack_size)");
            }
        }

        var line = 1;
        foreach (var row in reader)
        {
            line++;
            var usage = UsagePattern().Match(row["true_daily_usage"].ToString());
            if (!usage.Success)
            {
                var text = row["true_daily_usage"].ToString();
                throw new BadInputException(
                    $"{path} line {line}: true_daily_usage \"{text}\" is not like \"300 g/day\"");
            }

            var packs = PackPattern().Matches(row["pack_size"].ToString())
                .Select(m => new PackSpan(
                    Number(m.Groups["pcs"].Value) / Number(m.Groups["packs"].Value),
                    m.Groups["until"].Success ? Date(m.Groups["until"].Value) : null,
                    m.Groups["from"].Success ? Date(m.Groups["from"].Value) : null))
                .ToArray();
            var key = (row["user_id"].ToString(), row["item_name"].ToString());
            truth.entries[key] = new(Number(usage.Groups["rate"].Value), packs);
        }

        return truth;
    }

    /// <summary>The true rate in the purchase file's canonical unit on <paramref name="day"/> (packs per day for an
    /// item bought in packs), or null when the file has no row for the household item.</summary>
    public double? RateOn(string user, string? itemName, string? unit, int day)
    {
        if (itemName is null || !entries.TryGetValue((user, itemName), out var entry))
        {
            return null;
        }

        if (!string.Equals(unit, "pack", StringComparison.OrdinalIgnoreCase) || entry.Packs.Length == 0)
        {
            return entry.Rate;
        }

        var span = entry.Packs.FirstOrDefault(p => (p.Until ?? int.MaxValue) >= day && (p.From ?? int.MinValue) <= day)
            ?? entry.Packs[^1];
        return entry.Rate / span.PiecesPerPack;
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static int Date(string iso) =>
        DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;

    [GeneratedRegex(@"^\s*(?<rate>[0-9]+(\.[0-9]+)?)\s*(g|ml|pcs)/day\s*$")]
    private static partial Regex UsagePattern();

    [GeneratedRegex(
        @"(?<packs>[0-9]+(\.[0-9]+)?) pack \((?<pcs>[0-9]+(\.[0-9]+)?) pcs\)"
        + @"(\s+until (?<until>\d{4}-\d\d-\d\d))?(\s+from (?<from>\d{4}-\d\d-\d\d))?")]
    private static partial Regex PackPattern();

    private sealed record Entry(double Rate, PackSpan[] Packs);

    private sealed record PackSpan(double PiecesPerPack, int? Until, int? From);
}
