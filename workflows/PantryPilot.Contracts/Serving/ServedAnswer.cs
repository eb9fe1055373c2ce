namespace PantryPilot.Contracts.Serving;

/// <summary>One model's answer, with what is needed to tie feedback to it: the model, the adapter and the
/// prompt.</summary>
/// <param name="Adapter">The LoRA adapter that answered; "base" for the base model.</param>
/// <param name="Prompt">The exact prompt text the model was given.</param>
/// <param name="Reasons">Why there is no recipe (NoCompliantRecipe, Error); empty for a recipe.</param>
/// <param name="Trimmed">Allowed pantry items left out because the pantry did not fit the model's context.</param>
public sealed record ServedAnswer(
    ServingOutcome Outcome,
    ServedRecipe? Recipe,
    IReadOnlyList<string> Reasons,
    string Model,
    string Adapter,
    string Prompt,
    IReadOnlyList<ServedExclusion> Excluded,
    int Trimmed,
    int Attempts,
    double ElapsedMs);
