namespace PantryPilot.Domain.Households;

/// <summary>The item lookup used until the ingredient-identity matcher (Domain/Ingredients) is wired in: a name refers
/// to the candidate with the same name, case and surrounding spaces ignored. It recognises no identity ("block tofu"
/// is not "tofu" here); that is the matcher's job, and there is one matcher.</summary>
public static class ExactItemLookup
{
    public static ItemChoice Find(string name, IReadOnlyList<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = name.Trim();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (string.Equals(candidates[i].Trim(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return new ItemChoice(i, $"'{wanted}' is '{candidates[i]}'");
            }
        }

        return ItemChoice.None($"'{StockInput.Shorten(wanted)}' is not in the pantry");
    }
}
