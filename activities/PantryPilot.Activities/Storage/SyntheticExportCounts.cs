using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>Rows and files one export wrote.</summary>
public sealed record SyntheticExportCounts(
    long InventoryRows,
    long PurchaseRows,
    int Receipts,
    string InventoryCsv,
    string PurchasesCsv,
    string ReceiptsDir);
