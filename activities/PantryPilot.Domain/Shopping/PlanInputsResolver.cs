using System.Globalization;
using PantryPilot.Domain.Households;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Shopping;

/// <summary>Matches planned recipes' ingredients and the household's own minimums to its items, with the product's
/// one ingredient-identity matcher ("block tofu" is the "tofu" item; an ambiguous name is never guessed), and converts
/// their amounts to the item's canonical unit:
/// * a planned ingredient becomes a <see cref="PlannedNeed"/> of the matched item; one the household has never held
///   is a need of its own (bought whole for the recipe); an amount in no known unit gets a note and is not planned;
/// * a minimum replaces the item's min stock (the lots' reorder threshold); one for an item never held lists it with
///   no stock; one in another unit family than the item's stock gets a note and is not applied.</summary>
public static class PlanInputsResolver
{
    public static PlanInputs Resolve(
        IReadOnlyList<PantryItemState> items,
        IReadOnlyList<PlannedIngredient> ingredients,
        IReadOnlyList<MinStockRule> minimums)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(ingredients);
        ArgumentNullException.ThrowIfNull(minimums);
        var states = items.ToList();
        var notes = new List<ShoppingNote>();
        var needs = new List<PlannedNeed>();
        foreach (var ingredient in ingredients)
        {
            var conversion = UnitNormalizer.Normalize(ingredient.Quantity, ingredient.Unit);
            var amount = $"{Number(ingredient.Quantity)} {ingredient.Unit}";
            var what = $"{ingredient.Recipe} on {Day(ingredient.Date)}: {amount}";
            if (!conversion.Success)
            {
                notes.Add(new(ingredient.Name, ingredient.Name, $"{what}: unit {conversion.Error}; not planned"));
                continue;
            }

            var id = Match(states, ingredient.Name)?.ItemId ?? Key(ingredient.Name);
            needs.Add(new(id, conversion.Value, conversion.Unit, ingredient.Date, ingredient.Recipe));
        }

        foreach (var minimum in minimums)
        {
            var conversion = UnitNormalizer.Normalize(minimum.Quantity, minimum.Unit);
            var what = $"min stock {Number(minimum.Quantity)} {minimum.Unit}";
            if (!conversion.Success)
            {
                notes.Add(new(minimum.Name, minimum.Name, $"{what}: unit {conversion.Error}; not applied"));
                continue;
            }

            if (Match(states, minimum.Name) is not { } item)
            {
                states.Add(new(Key(minimum.Name), minimum.Name, null, conversion.Unit, 0, conversion.Value, null, []));
                continue;
            }

            if (item.Unit != conversion.Unit)
            {
                var mismatch = $"is in {conversion.Unit.Symbol()}, but the pantry counts it in {item.Unit.Symbol()}";
                notes.Add(new(item.ItemId, item.Name, $"{what} {mismatch}: not applied"));
                continue;
            }

            states[states.IndexOf(item)] = item with { MinStock = conversion.Value };
        }

        return new(states, needs, notes);
    }

    private static PantryItemState? Match(List<PantryItemState> items, string name)
    {
        var choice = IdentityItemLookup.Find(name, items.Select(i => i.Name).ToList());
        return choice.Index is { } at ? items[at] : null;
    }

    /// <summary>The item id of something the household has never held: its name as written, trimmed.</summary>
    private static string Key(string name) => name.Trim().ToLowerInvariant();

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double q) => q.ToString("0.###", CultureInfo.InvariantCulture);
}
