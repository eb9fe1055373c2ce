using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <summary>The pantry split by a policy: what the model may see, and what it never sees (with the reason).</summary>
public sealed record FilteredPantry(IReadOnlyList<PantryItem> Allowed, IReadOnlyList<ExcludedItem> Excluded);

public static class PantryPreFilter
{
    /// <summary>Forbidden items and (for strict policies) unknown items are removed before prompting. Repeated items
    /// with the same unit are summed; with different units each amount is kept.</summary>
    public static FilteredPantry Apply(IEnumerable<PantryItem> pantry, DietaryPolicy policy)
    {
        var allowed = new List<PantryItem>();
        var excluded = new List<ExcludedItem>();
        foreach (var item in pantry)
        {
            var name = item.Name.Trim();
            if (name.Length == 0)
            {
                excluded.Add(new ExcludedItem(item.Name, ComplianceStatus.Unknown, "pantry item without a name"));
                continue;
            }

            var verdict = policy.Check(name);
            if (!verdict.Permitted)
            {
                excluded.Add(new ExcludedItem(name, verdict.Status, verdict.Reason));
                continue;
            }

            var same = allowed.FindIndex(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && a.Unit.Equals(item.Unit, StringComparison.OrdinalIgnoreCase));
            if (same >= 0)
            {
                allowed[same] = allowed[same] with { Quantity = allowed[same].Quantity + item.Quantity };
            }
            else
            {
                allowed.Add(item with { Name = name });
            }
        }

        return new FilteredPantry(allowed, excluded);
    }
}
