using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PantryPilot.Domain.Generation;

/// <summary>Writes one trip as CORD v2 ground truth. Amounts are USD with a thousands separator and two decimals
/// ("1,234.50"), so a reader that drops commas and parses invariantly gets the value back, as with CORD's
/// "16,500".</summary>
internal static class CordReceiptWriter
{
    public static string Write(HouseholdPlanner planner, PurchaseSimulator simulator, PurchaseTrip trip)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("gt_parse");
            json.WriteStartArray("menu");
            double subtotal = 0, discount = 0;
            for (var i = trip.FirstLine; i < trip.FirstLine + trip.LineCount; i++)
            {
                var line = simulator.Lines[i];
                var plan = planner.Plans[line.Slot];
                var gross = line.PriceTotal + line.Discount;
                subtotal += gross;
                discount += line.Discount;
                json.WriteStartObject();
                json.WriteString("nm", plan.Item.Name);
                json.WriteString("cnt", line.Packs.ToString(CultureInfo.InvariantCulture));
                json.WriteString("unitprice", Amount(gross / line.Packs));
                json.WriteString("price", Amount(gross));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("sub_total");
            json.WriteString("subtotal_price", Amount(subtotal));
            json.WriteString("discount_price", Amount(discount));
            json.WriteEndObject();
            json.WriteStartObject("total");
            json.WriteString("total_price", Amount(subtotal - discount));
            json.WriteString("menuqty_cnt", trip.LineCount.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Amount(double value) => Math.Round(value, 2).ToString("#,0.00", CultureInfo.InvariantCulture);
}
