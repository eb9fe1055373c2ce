using System.Globalization;
using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Tables;
using PantryPilot.Domain.Units;

namespace PantryPilot.Benchmarks.Forecasting;

/// <summary>A purchase file (original layout, read by the pipeline's own CSV reader) grouped into pairs, plus, for
/// generated data, the generator's truth side file keyed by (user, item, purchase day).</summary>
internal sealed class BacktestData
{
    public Dictionary<(string User, string Item), BacktestPair> Pairs { get; } = [];

    public Dictionary<(string User, string Item, int Day), (int RunOut, int Next, double LastsDays)>? Truth { get; private set; }

    /// <summary>True daily usage per household item of an outside file (`--truth`), or null.</summary>
    public IndependentTruth? IndependentTruth { get; set; }

    public long Rows { get; private set; }

    public long Refused { get; private set; }

    public List<string> RefusedSamples { get; } = [];

    public int FirstDay { get; private set; } = int.MaxValue;

    public int LastDay { get; private set; } = int.MinValue;

    public static BacktestData LoadPurchases(string csvPath)
    {
        var data = new BacktestData();
        foreach (var parsed in CsvTableReader.Read(csvPath, PantrySchemas.Purchases))
        {
            data.Refused += parsed.Quarantined.RowCount;
            var b = parsed.Rows;
            var src = b.Integer(TableSchema.SourceRowColumn);
            var user = b.Text("user_id");
            var item = b.Text("item_id");
            var itemName = b.Text("item_name");
            var qty = b.Number("quantity_purchased");
            var unit = b.Text("unit");
            var date = b.Date("purchase_date");
            var category = b.Text("category");
            var label = b.Date("expected_depletion_date");
            for (var r = 0; r < b.RowCount; r++)
            {
                data.Rows++;
                if (user[r] is not { } u || item[r] is not { } i || date[r] is not { } d)
                {
                    data.Refuse($"row {src[r]}: no user, item or purchase date");
                    continue;
                }

                if (!data.Pairs.TryGetValue((u, i), out var pair))
                {
                    data.Pairs[(u, i)] = pair = new BacktestPair(u, i, category[r]);
                }

                pair.Category = category[r] ?? pair.Category;
                pair.ItemName = itemName[r] ?? pair.ItemName;
                pair.Unit = unit[r] ?? pair.Unit;
                if (!pair.History.AddPurchase(d, qty[r], unit[r], src[r]))
                {
                    data.Refuse(pair.History.Rejections[^1].Reason);
                    continue;
                }

                var canonical = UnitNormalizer.Normalize(qty[r]!.Value, unit[r]).Value;
                pair.Add(d.DayNumber, canonical, label[r]?.DayNumber);
                data.FirstDay = Math.Min(data.FirstDay, d.DayNumber);
                data.LastDay = Math.Max(data.LastDay, d.DayNumber);
            }
        }

        foreach (var pair in data.Pairs.Values)
        {
            pair.Seal();
        }

        return data;
    }

    /// <summary>Reads the generator's truth side file (ConsumptionTruthWriter's layout).</summary>
    public void LoadTruth(string truthCsv)
    {
        Truth = [];
        foreach (var line in File.ReadLines(truthCsv).Skip(1))
        {
            var f = line.Split(',');
            var day = Day(f[4]);
            // How long the lot lasts at the true rate, from the truth's own quantity: the purchase file's "pack" rows
            // convert at one piece per pack, the generator's truth at the item's pieces per pack.
            var lasts = double.Parse(f[5], CultureInfo.InvariantCulture) / double.Parse(f[6], CultureInfo.InvariantCulture);
            Truth[(f[0], f[1], day)] = (Day(f[7]), Day(f[8]), lasts);
        }
    }

    private void Refuse(string reason)
    {
        Refused++;
        if (RefusedSamples.Count < 5)
        {
            RefusedSamples.Add(reason);
        }
    }

    private static int Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;
}
