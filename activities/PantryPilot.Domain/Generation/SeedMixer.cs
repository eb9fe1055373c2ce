namespace PantryPilot.Domain.Generation;

/// <summary>Derives an independent seed per (seed, household, stream), so each household's rows are the same
/// whatever the batch size or the order households are generated in.</summary>
internal static class SeedMixer
{
    public const int PlanStream = 0;
    public const int PurchaseStream = 1;
    public const int InventoryFaultStream = 2;
    public const int PurchaseFaultStream = 3;
    public const int TruthStream = 4;

    public static int Derive(int seed, int household, int stream)
    {
        // SplitMix64 finaliser over the packed inputs.
        var z = ((ulong)(uint)seed << 32)
            ^ ((ulong)(uint)household * 0x9E3779B97F4A7C15UL)
            ^ ((ulong)(uint)stream << 58);
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
