using PantryPilot.Domain.Tables;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Generation;

/// <summary>Realistic synthetic pantry data, deterministic for a seed and streamed in batches.
/// Each household draws from its own seeds (plan, purchases, faults), so a row never depends on the batch size.
/// Inventory shows each household item's latest purchase, what is left of it, its usage rate and expiry;
/// purchase history replays the same items at their cadence; receipts are CORD v2 JSON, one per shopping trip.
/// With <see cref="GeneratorSettings.FaultRate"/> &gt; 0 that share of rows (on average) carries exactly one
/// fault.</summary>
public sealed class SyntheticDataGenerator(GeneratorSettings settings)
{
    private readonly DateOnly asOf = settings.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);

    public GeneratorSettings Settings => settings;

    public DateOnly AsOf => asOf;

    /// <summary>Rows <see cref="Inventory"/> yields in all.</summary>
    public long InventoryRowCount => (long)settings.Users * settings.ItemsPerUser;

    /// <summary>Rows <see cref="Purchases"/> yields in all (none when households have no items).</summary>
    public long PurchaseRowCount => settings.ItemsPerUser == 0 ? 0 : (long)settings.Users * settings.PurchasesPerUser;

    public IEnumerable<TableBatch> Inventory(int batchSize = 65536)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var planner = new HouseholdPlanner(settings.Seed, settings.ItemsPerUser, asOf);
        var total = InventoryRowCount;
        long row = 0;
        InventoryColumns? batch = null;
        for (var u = 0; u < settings.Users; u++)
        {
            planner.Plan(u);
            var faults = settings.FaultRate > 0
                ? new Random(SeedMixer.Derive(settings.Seed, u, SeedMixer.InventoryFaultStream))
                : null;
            for (var j = 0; j < settings.ItemsPerUser; j++)
            {
                batch ??= new InventoryColumns((int)Math.Min(batchSize, total - row));
                var i = batch.Filled++;
                batch.Write(i, ++row, planner, ref planner.Plans[j], asOf);
                if (faults is not null && faults.NextDouble() < settings.FaultRate)
                {
                    batch.InjectFault(i, faults, planner, j);
                }

                if (batch.Filled == batch.Capacity)
                {
                    yield return batch.Batch;
                    batch = null;
                }
            }
        }
    }

    public IEnumerable<TableBatch> Purchases(int batchSize = 65536)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var planner = new HouseholdPlanner(settings.Seed, settings.ItemsPerUser, asOf);
        var simulator = new PurchaseSimulator(settings.Seed, settings.PurchasesPerUser, settings.Regime);
        var total = PurchaseRowCount;
        long row = 0;
        PurchaseColumns? batch = null;
        for (var u = 0; u < settings.Users && total > 0; u++)
        {
            planner.Plan(u);
            simulator.Simulate(u, planner);
            var faults = settings.FaultRate > 0
                ? new Random(SeedMixer.Derive(settings.Seed, u, SeedMixer.PurchaseFaultStream))
                : null;
            for (var k = 0; k < simulator.LineCount; k++)
            {
                batch ??= new PurchaseColumns((int)Math.Min(batchSize, total - row));
                var i = batch.Filled++;
                batch.Write(i, ++row, planner, simulator, k);
                if (faults is not null && faults.NextDouble() < settings.FaultRate)
                {
                    batch.InjectFault(i, faults, planner, simulator, k);
                }

                if (batch.Filled == batch.Capacity)
                {
                    yield return batch.Batch;
                    batch = null;
                }
            }
        }
    }

    /// <summary>What really happened to each generated purchase line, household by household in the order of
    /// <see cref="Purchases"/> (faults are not part of the truth). For a backtest's side file only.</summary>
    public IEnumerable<ConsumptionTruth> Truth()
    {
        var planner = new HouseholdPlanner(settings.Seed, settings.ItemsPerUser, asOf);
        var simulator = new PurchaseSimulator(settings.Seed, settings.PurchasesPerUser, settings.Regime);
        for (var u = 0; u < settings.Users && settings.ItemsPerUser > 0; u++)
        {
            planner.Plan(u);
            simulator.Simulate(u, planner);
            for (var k = 0; k < simulator.LineCount; k++)
            {
                var line = simulator.Lines[k];
                var plan = planner.Plans[line.Slot];
                yield return new(
                    planner.UserId,
                    plan.ItemId,
                    plan.Item.Category,
                    plan.Item.CanonicalUnit.Symbol(),
                    line.Date,
                    line.Quantity * plan.CanonicalPerUnit,
                    line.TrueRate,
                    line.RunOut,
                    line.NextPurchase,
                    settings.Regime);
            }
        }
    }

    /// <summary>One CORD v2 receipt per shopping trip, household by household (clean values: receipts carry no
    /// faults).</summary>
    public IEnumerable<CordReceipt> Receipts()
    {
        var planner = new HouseholdPlanner(settings.Seed, settings.ItemsPerUser, asOf);
        var simulator = new PurchaseSimulator(settings.Seed, settings.PurchasesPerUser, settings.Regime);
        for (var u = 0; u < settings.Users; u++)
        {
            planner.Plan(u);
            simulator.Simulate(u, planner);
            for (var t = 0; t < simulator.TripCount; t++)
            {
                var trip = simulator.Trips[t];
                yield return new CordReceipt(
                    trip.TransactionId,
                    planner.UserId,
                    CordReceiptWriter.Write(planner, simulator, trip));
            }
        }
    }
}
