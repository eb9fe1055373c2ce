using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <summary>Serving's view of <see cref="PantryScreen"/>, the product's one pre-filter: the same rule, in the serving
/// contract's types.</summary>
public static class PantryPreFilter
{
    /// <summary>Forbidden items and (for strict policies) unknown items are removed before prompting. Repeated items
    /// with the same unit are summed; with different units each amount is kept.</summary>
    public static FilteredPantry Apply(IEnumerable<PantryItem> pantry, DietaryPolicy policy)
    {
        var screened = policy.Screen(pantry, i => i.Name, (i, name) => i with { Name = name }, SameLot);
        return new FilteredPantry(
            screened.Allowed,
            screened.Excluded.Select(e => new ExcludedItem(e.Name, e.Verdict.Status, e.Verdict.Reason)).ToList());
    }

    private static PantryItem? SameLot(PantryItem kept, PantryItem next) =>
        kept.Name.Equals(next.Name, StringComparison.OrdinalIgnoreCase)
            && kept.Unit.Equals(next.Unit, StringComparison.OrdinalIgnoreCase)
            ? kept with { Quantity = kept.Quantity + next.Quantity }
            : null;
}
