namespace PantryPilot.Domain.Promotion;

/// <summary>The least a candidate must show to be promoted at all, whatever is served. Fractions in [0, 1]. Defaults:
/// 90 % of answers parse as a recipe, 80 % comply raw (overall and for every tag measured), every served recipe
/// complies (the guard's promise), at least 20 evaluated samples.</summary>
/// <param name="RawCompliance">Applies overall and to each tag's raw compliance.</param>
/// <param name="ServedCompliance">Applies overall and to each tag's served compliance; a candidate that served no
/// recipe at all has no served compliance and fails it.</param>
/// <param name="Tags">Per-tag raw-compliance floors that replace <see cref="RawCompliance"/> for that tag.</param>
/// <param name="MaxRegression">How much lower than the served model's a figure may be and still not count as worse
/// (evaluation noise); 0: any lower figure is worse.</param>
public sealed record PromotionFloors(
    double ParseRate = 0.9,
    double RawCompliance = 0.8,
    double ServedCompliance = 1.0,
    int Samples = 20,
    IReadOnlyDictionary<string, double>? Tags = null,
    double MaxRegression = 0
)
{
    public static PromotionFloors Default { get; } = new();

    /// <summary>Every value out of range, named; empty when the floors can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (
            var (name, value) in new[]
            {
                ("ParseRate", ParseRate),
                ("RawCompliance", RawCompliance),
                ("ServedCompliance", ServedCompliance),
                ("MaxRegression", MaxRegression),
            }.Concat((Tags ?? new Dictionary<string, double>()).Select(t => ($"Tags:{t.Key}", t.Value)))
        )
        {
            if (double.IsNaN(value) || value < 0 || value > 1)
            {
                problems.Add($"Promotion:Floors:{name} must be a fraction between 0 and 1 (got {value})");
            }
        }

        if (Samples < 0)
        {
            problems.Add($"Promotion:Floors:Samples must be 0 or more (got {Samples})");
        }

        return problems;
    }

    public double RawFloorFor(string tag) =>
        Tags is not null && Tags.TryGetValue(tag, out var floor) ? floor : RawCompliance;
}
