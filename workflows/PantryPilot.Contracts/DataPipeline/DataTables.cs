using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Table names as files, reports and the database spell them, and which tables go through which
/// stage.</summary>
public static class DataTables
{
    /// <summary>Tables that go through every stage; receipts are ingested and versioned.</summary>
    public static readonly IReadOnlyList<DataTable> Validated = [DataTable.Inventory, DataTable.Purchases];

    public static readonly IReadOnlyList<DataTable> Ingested = [
        DataTable.Inventory,
        DataTable.Purchases,
        DataTable.Receipts];

    /// <summary>inventory, purchase_history, receipts: the file stem under raw/ and processed/ and the PostgreSQL
    /// table.</summary>
    public static string Name(DataTable table) => table switch
    {
        DataTable.Inventory => "inventory",
        DataTable.Purchases => "purchase_history",
        DataTable.Receipts => "receipts",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };
}
