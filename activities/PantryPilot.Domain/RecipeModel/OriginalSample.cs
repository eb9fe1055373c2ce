namespace PantryPilot.Domain.RecipeModel;

/// <summary>What a sample in the original teacher layout said beyond the prompt and the serving answer, carried into
/// the kept sample's metadata so the conversion loses nothing: the requested ingredients, the teacher's status, note,
/// time and culinary preference as written, every ingredient line with its amount as written, the shopping and missing
/// lists as written, and what could not be carried, field by field.</summary>
public sealed record OriginalSample
{
    public IReadOnlyList<string> RequestedIngredients { get; init; } = [];

    /// <summary>ok, partial_match, no_match, as the teacher wrote it.</summary>
    public string? TeacherStatus { get; init; }

    public string? Note { get; init; }

    public string? CulinaryPreference { get; init; }

    /// <summary>The time as written ("1h 10m"); the answer carries it in minutes.</summary>
    public string? Time { get; init; }

    public string? Scenario { get; init; }

    public string? GeneratedAt { get; init; }

    /// <summary>One line per ingredient of the answer, in the same order: a string holding several ingredients ("salt,
    /// pepper") is one line each.</summary>
    public IReadOnlyList<IngredientLine> Ingredients { get; init; } = [];

    /// <summary>missing_ingredients and shopping_list entries as written (an object as its JSON text).</summary>
    public IReadOnlyList<string> MissingIngredients { get; init; } = [];

    public IReadOnlyList<string> ShoppingList { get; init; } = [];

    /// <summary>Why the method looks cut short ("starts at step 4", "a single step"); null when it looks
    /// whole.</summary>
    public string? MethodProblem { get; init; }

    /// <summary>Pantry entries dropped as repeats of an earlier one ("Onions" after "onion").</summary>
    public IReadOnlyList<string> DuplicatePantryItems { get; init; } = [];

    /// <summary>Additions that name nothing ("None", "n/a"), dropped.</summary>
    public IReadOnlyList<string> EmptyAdditions { get; init; } = [];

    /// <summary>What the conversion could not carry: "field: why" ("output.recipe.time: 'soon' is no time").</summary>
    public IReadOnlyList<string> NotCarried { get; init; } = [];
}
