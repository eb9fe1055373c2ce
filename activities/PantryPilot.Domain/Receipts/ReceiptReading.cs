namespace PantryPilot.Domain.Receipts;

/// <summary>A receipt read from its source, or why it could not be read (naming the origin and the field).</summary>
public sealed record ReceiptReading(Receipt? Receipt, string? Problem)
{
    public static ReceiptReading Failed(string problem) => new(null, problem);
}
