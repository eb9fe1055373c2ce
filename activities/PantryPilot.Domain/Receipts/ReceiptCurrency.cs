namespace PantryPilot.Domain.Receipts;

/// <summary>A currency the receipt path reads, with the smallest amount its totals are rounded to (the
/// reconciliation's tolerance): rupiah totals are rounded to Rp 100, dollar totals to the cent.</summary>
public sealed record ReceiptCurrency(string Code, string Name, double RoundingUnit)
{
    public static ReceiptCurrency Rupiah { get; } = new("IDR", "rupiah", 100);

    public static ReceiptCurrency UsDollar { get; } = new("USD", "US dollars", 0.01);

    /// <summary>Every currency a receipt may be in; others are refused by name.</summary>
    public static IReadOnlyList<ReceiptCurrency> Supported { get; } = [Rupiah, UsDollar];

    /// <summary>Whether <paramref name="value"/> is written in whole units of this currency's coins (rupiah have no
    /// cents).</summary>
    public bool IsWhole(double value) =>
        Code != Rupiah.Code || Math.Abs(value - Math.Round(value)) < 1e-9;
}
