using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <summary>The pantry split by a policy: what the model may see, and what it never sees (with the reason).</summary>
public sealed record FilteredPantry(IReadOnlyList<PantryItem> Allowed, IReadOnlyList<ExcludedItem> Excluded);

public static class PantryPreFilter
{
    /// <summary>Forbidden items and (for strict policies) unknown items are removed before prompting.</summary>
    public static FilteredPantry Apply(IEnumerable<PantryItem> pantry, DietaryPolicy policy)
    {
        var allowed = new List<PantryItem>();
        var excluded = new List<ExcludedItem>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in pantry)
        {
            var name = item.Name.Trim();
            if (name.Length == 0 || !seen.Add(name))
            {
                continue;
            }

            var verdict = policy.Check(name);
            if (verdict.Status == ComplianceStatus.Allowed)
            {
                allowed.Add(item with { Name = name });
            }
            else
            {
                excluded.Add(new ExcludedItem(name, verdict.Status, verdict.Reason));
            }
        }

        return new FilteredPantry(allowed, excluded);
    }
}
