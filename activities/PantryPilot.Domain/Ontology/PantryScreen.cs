namespace PantryPilot.Domain.Ontology;

/// <summary>
/// The pantry pre-filter: the one place in the product that decides which pantry items a recipe may use (serving, the
/// training-data filter, and whatever cooks or reads receipts). An item stays only when its verdict is
/// <see cref="ComplianceVerdict.Permitted"/>: forbidden, may-contain (unless lenient), unknown (for strict policies)
/// and nameless items are excluded, each with its verdict; order is kept.
/// </summary>
public static class PantryScreen
{
    /// <summary>The verdict a nameless item gets.</summary>
    public const string NamelessReason = "pantry item without a name";

    public static PantryScreenResult<T> Screen<T>(
        this DietaryPolicy policy,
        IEnumerable<T> items,
        Func<T, string?> name)
        where T : class =>
        policy.Screen(items, name, null, null);

    /// <summary>The same, for item types that carry their own name and amount.</summary>
    /// <param name="named">Gives an allowed item its trimmed name (as the verdict read it); null keeps the item as it
    /// is.</param>
    /// <param name="sameLot">Joins an allowed item into an earlier allowed one when they are the same lot (the same
    /// name and unit: amounts summed), or returns null when they are not; null keeps every item apart.</param>
    public static PantryScreenResult<T> Screen<T>(
        this DietaryPolicy policy,
        IEnumerable<T> items,
        Func<T, string?> name,
        Func<T, string, T>? named,
        Func<T, T, T?>? sameLot)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(name);
        var allowed = new List<T>();
        var excluded = new List<ScreenedOut<T>>();
        foreach (var item in items)
        {
            var text = name(item)?.Trim() ?? string.Empty;
            if (text.Length == 0)
            {
                excluded.Add(new ScreenedOut<T>(
                    item,
                    text,
                    new ComplianceVerdict(text, ComplianceStatus.Unknown, NamelessReason, [])));
                continue;
            }

            var verdict = policy.Check(text);
            if (!verdict.Permitted)
            {
                excluded.Add(new ScreenedOut<T>(item, text, verdict));
                continue;
            }

            var kept = named is null ? item : named(item, text);
            if (!Join(allowed, kept, sameLot))
            {
                allowed.Add(kept);
            }
        }

        return new PantryScreenResult<T>(allowed, excluded);
    }

    /// <summary>The same for plain names.</summary>
    public static PantryScreenResult<string> Screen(this DietaryPolicy policy, IEnumerable<string> names) =>
        policy.Screen(names, n => n);

    private static bool Join<T>(List<T> allowed, T item, Func<T, T, T?>? sameLot)
        where T : class
    {
        for (var i = 0; sameLot is not null && i < allowed.Count; i++)
        {
            if (sameLot(allowed[i], item) is { } joined)
            {
                allowed[i] = joined;
                return true;
            }
        }

        return false;
    }
}
