namespace PantryPilot.Domain.Generation;

/// <summary>Size, seed and fault rate of a synthetic data set. <paramref name="AsOf"/> is the "today" the
/// inventory is a snapshot of (null: today, UTC). <paramref name="Regime"/> picks how purchases are
/// simulated.</summary>
public sealed record GeneratorSettings(
    int Users,
    int ItemsPerUser,
    int PurchasesPerUser,
    int Seed,
    double FaultRate = 0,
    DateOnly? AsOf = null,
    GenerationRegime Regime = GenerationRegime.Cadence);
