using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Tables;
using PantryPilot.Domain.Units;

namespace PantryPilot.Activities.Anomalies;

/// <summary>Streams forecasts into processed/forecast.parquet, one row group at a time (atomic on
/// completion).</summary>
internal sealed class ForecastTableWriter : IAsyncDisposable
{
    private const int BatchSize = 65_536;
    private readonly ParquetTableWriter writer;
    private TableBatch batch = TableBatch.Allocate(ForecastSchema.Table, BatchSize);
    private int filled;

    private ForecastTableWriter(ParquetTableWriter writer) => this.writer = writer;

    public long Rows { get; private set; }

    public static async Task<ForecastTableWriter> CreateAsync(string path, CancellationToken ct) =>
        new(await ParquetTableWriter.CreateAsync(path, ForecastSchema.Table, ct));

    /// <summary>Adds one row; true when the batch is full and <see cref="FlushAsync"/> must be awaited (kept out of the
    /// per-row path: a million awaited calls cost more than the rows).</summary>
    public bool Add(
        long? sourceRow,
        string user,
        string item,
        string? name,
        string? category,
        ConsumptionForecast f,
        bool fromInventory,
        string? notes)
    {
        var r = filled++;
        batch.Integer(TableSchema.SourceRowColumn)[r] = sourceRow;
        batch.Text("user_id")[r] = user;
        batch.Text("item_id")[r] = item;
        batch.Text("item_name")[r] = name;
        batch.Text("category")[r] = category;
        batch.Text("canonical_unit")[r] = f.Unit.Symbol();
        batch.Text("basis")[r] = ForecastSchema.BasisName(f.Basis);
        batch.Number("daily_rate")[r] = f.DailyRate;
        batch.Integer("purchase_days")[r] = f.PurchaseDays;
        batch.Integer("intervals_used")[r] = f.IntervalsUsed;
        batch.Date("last_purchase_date")[r] = f.LastPurchase;
        batch.Number("stock_on_hand")[r] = f.StockOnHand;
        batch.Text("stock_source")[r] = fromInventory ? "inventory" : "last_purchase";
        batch.Date("depletion_date")[r] = f.Depletion.Point;
        batch.Date("depletion_low")[r] = f.Depletion.Low;
        batch.Date("depletion_high")[r] = f.Depletion.High;
        batch.Date("next_purchase_date")[r] = f.NextPurchase.Point;
        batch.Date("next_purchase_low")[r] = f.NextPurchase.Low;
        batch.Date("next_purchase_high")[r] = f.NextPurchase.High;
        batch.Integer("lots_expiring_before_use")[r] = f.ExpiringLots.Count;
        batch.Number("quantity_expiring")[r] = f.ExpiringLots.Count == 0
            ? 0
            : f.ExpiringLots.Sum(l => l.QuantityLeftAtExpiry);
        batch.Text("notes")[r] = notes;
        Rows++;
        return filled == BatchSize;
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        await FlushAsync(ct);
        await writer.CompleteAsync();
    }

    public ValueTask DisposeAsync() => writer.DisposeAsync();

    public async Task FlushAsync(CancellationToken ct)
    {
        if (filled == 0)
        {
            return;
        }

        var full = filled == BatchSize ? batch : batch.WithRowCount(filled);
        await writer.WriteAsync(full, ct);
        batch = TableBatch.Allocate(ForecastSchema.Table, BatchSize);
        filled = 0;
    }
}
