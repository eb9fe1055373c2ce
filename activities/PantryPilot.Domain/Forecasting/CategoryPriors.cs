namespace PantryPilot.Domain.Forecasting;

/// <summary>Priors pooled from many households (<see cref="CategoryPriorsBuilder"/>): per item where enough households
/// buy it, else per category, else one for all categories together.</summary>
public sealed class CategoryPriors(
    IReadOnlyDictionary<string, CategoryPrior> byCategory,
    CategoryPrior overall,
    IReadOnlyDictionary<string, CategoryPrior>? byItem = null)
{
    public static CategoryPriors Empty { get; } = new(new Dictionary<string, CategoryPrior>(), CategoryPrior.Fallback);

    public CategoryPrior Overall { get; } = overall;

    public IReadOnlyDictionary<string, CategoryPrior> ByCategory { get; } = byCategory;

    public IReadOnlyDictionary<string, CategoryPrior> ByItem { get; } =
        byItem ?? new Dictionary<string, CategoryPrior>();

    public CategoryPrior For(string? category, string? item = null) =>
        item is not null && ByItem.TryGetValue(item, out var own) ? own
        : category is not null && ByCategory.TryGetValue(category, out var prior) ? prior
        : Overall;
}
