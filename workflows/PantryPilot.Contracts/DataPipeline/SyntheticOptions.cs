namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Options of the synthetic source (and of <c>pantrypilot generate</c>).</summary>
public sealed record SyntheticOptions(
    int Users = 200,
    int ItemsPerUser = 25,
    int PurchasesPerUser = 60,
    int Seed = 42,
    double FaultRate = 0);
