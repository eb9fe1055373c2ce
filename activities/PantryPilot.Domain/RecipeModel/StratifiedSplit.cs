namespace PantryPilot.Domain.RecipeModel;

/// <summary>
/// A deterministic split stratified by dietary tags: within each stratum (the sample's sorted tags, or "none") samples
/// are ranked by a hash of (seed, id); the first round(n × valid share) go to valid, the next round(n × test share)
/// to test, the rest to train. The same ids and seed give the same split whatever the file order; only the ranks are
/// held in memory, never the samples.
/// </summary>
public sealed class StratifiedSplit(int seed, double validShare, double testShare)
{
    private readonly List<(string Stratum, ulong Hash, long Ordinal)> entries = [];

    public static string StratumOf(IEnumerable<string> tags)
    {
        var sorted = tags
            .Select(t => t.Trim().ToLowerInvariant())
            .Where(t => t.Length > 0)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        return sorted.Length == 0 ? "none" : string.Join('+', sorted);
    }

    public void Add(string stratum, string id, long ordinal) => entries.Add((stratum, Hash(seed, id), ordinal));

    /// <summary>The part of every added ordinal, and the sizes per stratum.</summary>
    public (Dictionary<long, SplitPart> Parts, Dictionary<string, (long Train, long Valid, long Test)> ByStratum)
        Assign()
    {
        var parts = new Dictionary<long, SplitPart>();
        var byStratum = new Dictionary<string, (long, long, long)>(StringComparer.Ordinal);
        foreach (var group in entries
            .GroupBy(e => e.Stratum, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ranked = group.OrderBy(e => e.Hash).ThenBy(e => e.Ordinal).ToArray();
            var n = ranked.Length;
            var valid = (int)Math.Round(n * validShare, MidpointRounding.AwayFromZero);
            var test = (int)Math.Round(n * testShare, MidpointRounding.AwayFromZero);
            if (valid + test >= n)
            {
                // A stratum too small to share keeps at least one sample for training.
                valid = Math.Min(valid, Math.Max(0, n - 1));
                test = Math.Min(test, Math.Max(0, n - 1 - valid));
            }

            for (var i = 0; i < n; i++)
            {
                parts[ranked[i].Ordinal] = i < valid
                    ? SplitPart.Valid
                    : i < valid + test ? SplitPart.Test : SplitPart.Train;
            }

            byStratum[group.Key] = (n - valid - test, valid, test);
        }

        return (parts, byStratum);
    }

    /// <summary>FNV-1a over the id, mixed with the seed (SplitMix64 finaliser): stable across processes and
    /// platforms.</summary>
    public static ulong Hash(int seed, string id)
    {
        var h = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (var c in id)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }
}
