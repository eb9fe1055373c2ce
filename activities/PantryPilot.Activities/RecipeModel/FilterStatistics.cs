using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>Counts per tag and outcome (kept, or the primary removal reason). A sample with two tags counts under each;
/// one without tags under "none". Totals count samples once.</summary>
public sealed class FilterStatistics
{
    private readonly SortedDictionary<(string Tag, string Outcome), long> counts = new();
    private readonly Dictionary<string, bool> supported = new(StringComparer.Ordinal);

    public long Total { get; private set; }

    public long Kept { get; private set; }

    public long Removed => Total - Kept;

    public const string KeptOutcome = "kept";

    public void Add(FilterDecision decision)
    {
        Total++;
        var outcome = decision.Kept is null ? decision.PrimaryReason ?? "removed" : KeptOutcome;
        if (decision.Kept is not null)
        {
            Kept++;
        }
        else
        {
            Track(outcome);
        }

        if (decision.Tags.Count == 0)
        {
            Count("none", true, outcome);
        }

        foreach (var tag in decision.Tags)
        {
            Count(tag.Normalized, tag.Supported, outcome);
        }
    }

    public IEnumerable<(string Tag, bool Supported, string Outcome, long Count)> Rows() =>
        counts.Select(c => (c.Key.Tag, supported[c.Key.Tag], c.Key.Outcome, c.Value));

    public IReadOnlyList<TagFilterStats> ByTag() => counts.GroupBy(c => c.Key.Tag, StringComparer.Ordinal)
        .Select(g =>
        {
            var kept = g.Where(c => c.Key.Outcome == KeptOutcome).Sum(c => c.Value);
            var all = g.Sum(c => c.Value);
            return new TagFilterStats(g.Key, all, kept, all - kept, supported[g.Key]);
        })
        .ToArray();

    /// <summary>Removed samples per primary reason (each sample once).</summary>
    public IReadOnlyDictionary<string, long> ByReason() => new Dictionary<string, long>(byReason, StringComparer.Ordinal);

    private readonly SortedDictionary<string, long> byReason = new(StringComparer.Ordinal);

    private void Count(string tag, bool isSupported, string outcome)
    {
        counts[(tag, outcome)] = counts.GetValueOrDefault((tag, outcome)) + 1;
        supported[tag] = isSupported;
    }

    /// <summary>Called once per removed sample by <see cref="Add"/> through <see cref="Track"/>.</summary>
    internal void Track(string reason) => byReason[reason] = byReason.GetValueOrDefault(reason) + 1;
}
