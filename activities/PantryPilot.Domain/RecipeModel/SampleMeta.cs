namespace PantryPilot.Domain.RecipeModel;

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

    /// <summary>Household staples the recipe uses that the pantry does not list ("salt"), assumed present.</summary>
    public IReadOnlyList<string>? StaplesAssumed { get; init; }

    /// <summary>Ingredients the pantry did not have, moved to the additions (what the household buys).</summary>
    public IReadOnlyList<string>? MovedToAdditions { get; init; }
}
