namespace PantryPilot.Domain.Forecasting;

/// <summary>Category priors pooled from many households (<see cref="CategoryPriorsBuilder"/>), with one for all
/// categories together for a category seen too rarely.</summary>
public sealed class CategoryPriors(IReadOnlyDictionary<string, CategoryPrior> byCategory, CategoryPrior overall)
{
    public static CategoryPriors Empty { get; } = new(new Dictionary<string, CategoryPrior>(), CategoryPrior.Fallback);

    public CategoryPrior Overall { get; } = overall;

    public IReadOnlyDictionary<string, CategoryPrior> ByCategory { get; } = byCategory;

    public CategoryPrior For(string? category) =>
        category is not null && ByCategory.TryGetValue(category, out var prior) ? prior : Overall;
}
