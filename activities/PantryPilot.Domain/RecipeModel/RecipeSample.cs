namespace PantryPilot.Domain.RecipeModel;

/// <summary>A pantry item as a sample shows it.</summary>
public sealed record SamplePantryItem(string Name, double Quantity, string Unit);

/// <summary>One ingredient of a recipe answer, in canonical units (g, ml, pcs) as the serving schema asks.</summary>
public sealed record AnswerIngredient(string Name, double Amount, string Unit);

/// <summary>The assistant's answer in the serving schema (title, cuisine, time_minutes, ingredients, suggested_additions, steps).</summary>
public sealed record RecipeAnswer(
    string Title,
    string Cuisine,
    int TimeMinutes,
    IReadOnlyList<AnswerIngredient> Ingredients,
    IReadOnlyList<string> SuggestedAdditions,
    IReadOnlyList<string> Steps);

/// <summary>Metadata of a sample (the original system's fields plus what the filter and lineage need).</summary>
/// <param name="DietaryTags">Tags of the request, as written (the filter normalises them).</param>
/// <param name="Pantry">The pantry the prompt shows.</param>
/// <param name="Selected">Names of the ingredients the answer uses.</param>
/// <param name="Teacher">template | openai-compatible:&lt;model&gt; | inference-pool | imported:&lt;layout&gt;.</param>
/// <param name="InjectedFault">Template teacher only: the deliberate mistake in this answer (none when clean). The
/// filter never reads it; tests use it as an independent oracle.</param>
public sealed record SampleMeta(
    string Title,
    IReadOnlyList<string> DietaryTags,
    string Request,
    string? Cuisine,
    IReadOnlyList<SamplePantryItem> Pantry,
    IReadOnlyList<string> Selected,
    IReadOnlyList<string> SuggestedAdditions,
    int InventorySize,
    int SelectedCount,
    string Teacher,
    int Seed,
    long Index,
    string? RecipeId = null,
    string? InjectedFault = null)
{
    /// <summary>Imported from the original teacher layout: what it said beyond the prompt and the answer, each
    /// ingredient line with the pantry lot or addition it became.</summary>
    public OriginalSample? Original { get; init; }

    /// <summary>Additions neither the ingredients nor the steps use, dropped from the answer.</summary>
    public IReadOnlyList<string>? UnusedAdditions { get; init; }

    /// <summary>Foods the steps use that are neither in the pantry nor among the additions (kept under the keep policy).</summary>
    public IReadOnlyList<string>? UnlistedStepIngredients { get; init; }

    /// <summary>Tags the ontology does not model, kept in the prompt unjudged.</summary>
    public IReadOnlyList<string>? UnjudgedTags { get; init; }
}

/// <summary>What the filter carries over from a project sample's metadata: where the sample came from. Everything
/// else (pantry, tags, selected ingredients) it reads again from the prompt and the answer, as training will see them,
/// so those fields of the metadata are neither trusted nor even deserialized.</summary>
public sealed record SampleOrigin(string? Teacher, int Seed, long Index, string? RecipeId = null, string? InjectedFault = null);

/// <summary>A training sample in the project's layout: Phi-3 chat text plus metadata. One JSON object a line.</summary>
public sealed record RecipeSample(string Id, string Text, SampleMeta Meta);
