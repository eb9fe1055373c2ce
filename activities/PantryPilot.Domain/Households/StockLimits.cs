namespace PantryPilot.Domain.Households;

/// <summary>Bounds on household input (the household contract publishes the same numbers; a test holds them
/// equal).</summary>
public static class StockLimits
{
    public const int MaxNameLength = 200;

    public const int MaxLinesPerUpdate = 100;

    /// <summary>One line in g, ml or pcs: a tonne, a thousand litres or a hundred thousand... pieces is
    /// absurd.</summary>
    public const double MaxCanonicalQuantity = 1_000_000;

    /// <summary>Remainders below this (in g, ml or pcs) are float noise: the lot is used up.</summary>
    public const double Epsilon = 1e-6;
}
