using System.Globalization;

namespace PantryPilot.Domain.Generation;

/// <summary>Writes <see cref="ConsumptionTruth"/> rows as CSV (one per generated purchase line, without
/// faults).</summary>
public static class ConsumptionTruthWriter
{
    public const string Header = "user_id,item_id,category,canonical_unit,purchase_date,quantity,"
        + "true_daily_rate,run_out_date,next_purchase_date,regime";

    public static long Write(TextWriter writer, IEnumerable<ConsumptionTruth> truth)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(truth);
        writer.Write(Header + "\n");
        long rows = 0;
        foreach (var t in truth)
        {
            writer.Write(
                string.Join(
                    ',',
                    t.UserId,
                    t.ItemId,
                    t.Category,
                    t.CanonicalUnit,
                    Iso(t.PurchaseDate),
                    t.Quantity.ToString("R", CultureInfo.InvariantCulture),
                    t.TrueDailyRate.ToString("R", CultureInfo.InvariantCulture),
                    Iso(t.RunOut),
                    Iso(t.NextPurchase),
                    t.Regime.ToString()));
            writer.Write('\n');
            rows++;
        }

        return rows;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
