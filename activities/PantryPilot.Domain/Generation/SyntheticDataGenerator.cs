using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Generation;

// PLACEHOLDER: the real generator lives on feat/data and replaces this file at merge. Same API, no behaviour.
public sealed record GeneratorSettings(int Users, int ItemsPerUser, int PurchasesPerUser, int Seed, double FaultRate = 0, DateOnly? AsOf = null);

public sealed class SyntheticDataGenerator(GeneratorSettings settings)
{
    public GeneratorSettings Settings { get; } = settings;

    public IEnumerable<TableBatch> Inventory(int batchSize = 65536) => throw new NotImplementedException("synthetic generator arrives with feat/data");

    public IEnumerable<TableBatch> Purchases(int batchSize = 65536) => throw new NotImplementedException("synthetic generator arrives with feat/data");

    public IEnumerable<CordReceipt> Receipts() => throw new NotImplementedException("synthetic generator arrives with feat/data");
}
