namespace PantryPilot.Domain.Ontology;

/// <summary>An item kept out of the model's sight, with the verdict that says why.</summary>
public sealed record ScreenedOut<T>(T Item, string Name, ComplianceVerdict Verdict);

/// <summary>A pantry split by a policy: the items the model may see, and the ones it never sees (with the reason).</summary>
public sealed record PantryScreenResult<T>(IReadOnlyList<T> Allowed, IReadOnlyList<ScreenedOut<T>> Excluded);

/// <summary>The pantry pre-filter, over any item type: forbidden, may-contain (unless lenient), unknown (for strict
/// policies) and nameless items are excluded; order is kept.</summary>
public static class PantryScreen
{
    public static PantryScreenResult<T> Screen<T>(this DietaryPolicy policy, IEnumerable<T> items, Func<T, string?> name)
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
                excluded.Add(new ScreenedOut<T>(item, text, new ComplianceVerdict(text, ComplianceStatus.Unknown, "pantry item without a name", [])));
                continue;
            }

            var verdict = policy.Check(text);
            if (verdict.Permitted)
            {
                allowed.Add(item);
            }
            else
            {
                excluded.Add(new ScreenedOut<T>(item, text, verdict));
            }
        }

        return new PantryScreenResult<T>(allowed, excluded);
    }

    /// <summary>The same for plain names.</summary>
    public static PantryScreenResult<string> Screen(this DietaryPolicy policy, IEnumerable<string> names) => policy.Screen(names, n => n);
}
