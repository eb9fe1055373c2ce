using System.Globalization;
using PantryPilot.Activities.Storage;
using PantryPilot.Activities.Validation;
using PantryPilot.Domain.Alerts;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Anomalies;

/// <summary>Writes alerts as CSV (for people and spreadsheets) and Parquet (for tools), both atomically.</summary>
public static class AlertWriter
{
    private const int BatchSize = 65_536;

    public static async Task WriteCsvAsync(string path, IReadOnlyList<Alert> alerts, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        // Synchronous writes into a large buffer: hundreds of thousands of awaited line writes cost more than the file
        // I/O.
        await using (var writer = new StreamWriter(temp, append: false, System.Text.Encoding.UTF8, bufferSize: 1 << 20))
        {
            writer.Write(CsvText.Line(AlertSchema.Table.ColumnNames) + "\n");
            for (var i = 0; i < alerts.Count; i++)
            {
                var a = alerts[i];
                if (i % 65_536 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                writer.Write(CsvText.Line(
                [
                    a.SourceRow?.ToString(CultureInfo.InvariantCulture), a.UserId, a.ItemId, a.ItemName,
                    Alert.TypeName(a.Type), Alert.SeverityName(a.Severity),
                    a.Quantity?.ToString("R", CultureInfo.InvariantCulture), a.Unit, Date(a.ExpiryDate),
                    a.DaysUntil?.ToString(CultureInfo.InvariantCulture),
                    Date(a.PredictedStockoutDate), a.Message,
                ]));
                writer.Write('\n');
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    public static async Task WriteParquetAsync(string path, IReadOnlyList<Alert> alerts, CancellationToken ct = default)
    {
        await using var writer = await ParquetTableWriter.CreateAsync(path, AlertSchema.Table, ct);
        for (var start = 0; start < alerts.Count; start += BatchSize)
        {
            var n = Math.Min(BatchSize, alerts.Count - start);
            var batch = TableBatch.Allocate(AlertSchema.Table, n);
            for (var r = 0; r < n; r++)
            {
                var a = alerts[start + r];
                batch.Integer(TableSchema.SourceRowColumn)[r] = a.SourceRow;
                batch.Text("user_id")[r] = a.UserId;
                batch.Text("item_id")[r] = a.ItemId;
                batch.Text("item_name")[r] = a.ItemName;
                batch.Text("alert_type")[r] = Alert.TypeName(a.Type);
                batch.Text("severity")[r] = Alert.SeverityName(a.Severity);
                batch.Number("quantity")[r] = a.Quantity;
                batch.Text("unit")[r] = a.Unit;
                batch.Date("expiry_date")[r] = a.ExpiryDate;
                batch.Integer("days_until")[r] = a.DaysUntil;
                batch.Date("predicted_stockout_date")[r] = a.PredictedStockoutDate;
                batch.Text("message")[r] = a.Message;
            }

            await writer.WriteAsync(batch, ct);
        }

        await writer.CompleteAsync();
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
