using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>Counts per tag and outcome (kept, or the primary removal reason). A sample with two tags counts under each;
/// one without tags under "none". Totals count samples once. Also keeps the first removals of each reason as examples
/// for the removal report, and what the conversion counted (<see cref="Conversion"/>).</summary>
public sealed class FilterStatistics
{
    /// <summary>Removals kept per reason as examples for its page.</summary>
    public const int ExamplesPerReason = 25;

    public const string KeptOutcome = "kept";

    private const int MaxNamedIngredients = 2000;

    private readonly SortedDictionary<(string Tag, string Outcome), long> counts = new();
    private readonly Dictionary<string, bool> supported = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> byReason = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RemovalExample>> examples = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> conversion = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> unlisted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> unused = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> staples = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> moved = new(StringComparer.Ordinal);

    public long Total { get; private set; }

    public long Kept { get; private set; }

    public long Removed => Total - Kept;

    /// <summary>What converting and reviewing the samples counted: "stated amounts", "not carried: output.recipe.time",
    /// "unused additions dropped", ... (every count, kept and removed samples alike).</summary>
    public IReadOnlyDictionary<string, long> Conversion =>
        new SortedDictionary<string, long>(conversion, StringComparer.Ordinal);

    public void Add(FilterDecision decision) => Add(decision, string.Empty, 0, string.Empty);

    public void Add(FilterDecision decision, string source, long line, string original)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Total++;
        var outcome = decision.Kept is null ? decision.PrimaryReason ?? "removed" : KeptOutcome;
        if (decision.Kept is not null)
        {
            Kept++;
        }
        else
        {
            Track(outcome);
            Example(outcome, new RemovalExample(source, line, decision.Tags.Select(t => t.Normalized).ToArray(),
                decision.Findings, decision.Reasons, original));
        }

        if (decision.Tags.Count == 0)
        {
            Count("none", true, outcome);
        }

        foreach (var tag in decision.Tags)
        {
            Count(tag.Normalized, tag.Supported, outcome);
        }

        Convert(decision.Notes);
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
    public IReadOnlyDictionary<string, long> ByReason() =>
        new Dictionary<string, long>(byReason, StringComparer.Ordinal);

    /// <summary>The first <see cref="ExamplesPerReason"/> removals of a reason, in file order.</summary>
    public IReadOnlyList<RemovalExample> Examples(string reason) =>
        examples.TryGetValue(reason, out var list) ? list : [];

    /// <summary>Foods the steps use that are in neither the pantry nor the additions, most frequent first.</summary>
    public IReadOnlyList<(string Name, long Count)> UnlistedStepIngredients(int top) => Top(unlisted, top);

    /// <summary>Household staples used that the pantry did not list, most frequent first.</summary>
    public IReadOnlyList<(string Name, long Count)> StaplesAssumed(int top) => Top(staples, top);

    /// <summary>Ingredients not in the pantry, moved to the additions, most frequent first.</summary>
    public IReadOnlyList<(string Name, long Count)> MovedToAdditions(int top) => Top(moved, top);

    /// <summary>Additions no ingredient and no step uses, most frequent first.</summary>
    public IReadOnlyList<(string Name, long Count)> UnusedAdditions(int top) => Top(unused, top);

    /// <summary>Called once per removed sample by <see cref="Add(FilterDecision, string, long, string)"/>.</summary>
    internal void Track(string reason) => byReason[reason] = byReason.GetValueOrDefault(reason) + 1;

    private void Example(string reason, RemovalExample example)
    {
        if (!examples.TryGetValue(reason, out var list))
        {
            examples[reason] = list = [];
        }

        if (list.Count < ExamplesPerReason)
        {
            list.Add(example);
        }
    }

    private void Convert(ConversionNotes notes)
    {
        Bump("stated amounts", notes.StatedAmounts);
        Bump("amounts the grammar could not read", notes.UnreadableAmounts);
        Bump("ingredient strings holding several ingredients, split", notes.JoinedIngredients);
        Bump("requested ingredients carried into the request", notes.RequestedIngredients);
        Bump("repeated pantry items merged", notes.DuplicatePantryItems);
        Bump("additions naming nothing ('None') dropped", notes.EmptyAdditions);
        Bump("ingredients renamed to their pantry lot", notes.RenamedToLot);
        Bump("unused additions dropped", notes.UnusedAdditions.Count);
        Bump("step ingredients in neither pantry nor additions", notes.UnlistedStepIngredients.Count);
        Bump("samples with such a step ingredient", notes.UnlistedStepIngredients.Count > 0 ? 1 : 0);
        Bump("unmodelled tags kept in the prompt", notes.UnjudgedTags.Count);
        Bump("used a staple not in pantry: ingredients and step foods", notes.StaplesAssumed.Count);
        Bump("used a staple not in pantry: samples", notes.StaplesAssumed.Count > 0 ? 1 : 0);
        Bump("not in pantry, moved to the additions: ingredients", notes.MovedToAdditions.Count);
        Bump("not in pantry, moved to the additions: samples", notes.MovedToAdditions.Count > 0 ? 1 : 0);
        foreach (var field in notes.NotCarried)
        {
            // Per field, not per entry: "input.user_inventory[3]" counts as "input.user_inventory[]".
            var path = System.Text.RegularExpressions.Regex.Replace(field.Split(':', 2)[0], @"\[\d+\]", "[]");
            Bump($"not carried: {path}", 1);
        }

        Name(unlisted, notes.UnlistedStepIngredients);
        Name(unused, notes.UnusedAdditions);
        Name(staples, notes.StaplesAssumed);
        Name(moved, notes.MovedToAdditions);
    }

    private void Bump(string what, long by)
    {
        if (by > 0)
        {
            conversion[what] = conversion.GetValueOrDefault(what) + by;
        }
    }

    private static void Name(Dictionary<string, long> names, IReadOnlyList<string> found)
    {
        foreach (var name in found)
        {
            // Bounded: a file of made-up names must not grow it without limit.
            if (names.ContainsKey(name) || names.Count < MaxNamedIngredients)
            {
                names[name] = names.GetValueOrDefault(name) + 1;
            }
        }
    }

    private static IReadOnlyList<(string Name, long Count)> Top(Dictionary<string, long> names, int top) =>
        names.OrderByDescending(n => n.Value).ThenBy(n => n.Key, StringComparer.Ordinal).Take(top)
            .Select(n => (n.Key, n.Value)).ToArray();

    private void Count(string tag, bool isSupported, string outcome)
    {
        counts[(tag, outcome)] = counts.GetValueOrDefault((tag, outcome)) + 1;
        supported[tag] = isSupported;
    }
}
