namespace PantryPilot.Domain.Promotion;

/// <summary>The metric names a registry entry carries (ModelRegistryEntry.Metrics, written by the recipe-model flow
/// from the checkpoint comparison): fractions in [0, 1], per dietary tag after a colon.</summary>
public static class PromotionMetrics
{
    public const string ParseRate = "parse_rate";

    public const string RawCompliance = "raw_compliance";

    public const string ServedCompliance = "served_compliance";

    public const string Samples = "samples";

    /// <summary>"raw_compliance:vegan".</summary>
    public static string PerTag(string metric, string tag) => $"{metric}:{tag}";

    /// <summary>The tags an entry has figures for under <paramref name="metric"/>.</summary>
    public static IEnumerable<string> Tags(IReadOnlyDictionary<string, double> metrics, string metric) =>
        metrics
            .Keys.Where(k => k.StartsWith(metric + ":", StringComparison.Ordinal))
            .Select(k => k[(metric.Length + 1)..])
            .Order(StringComparer.Ordinal);
}
