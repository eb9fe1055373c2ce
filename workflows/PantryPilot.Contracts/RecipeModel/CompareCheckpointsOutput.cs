namespace PantryPilot.Contracts.RecipeModel;

/// <param name="Best">Chosen by raw compliance, then val loss (lower), then iteration (later); null when none
/// evaluated.</param>
public sealed record CompareCheckpointsOutput(
    IReadOnlyList<CandidateResult> Candidates,
    string? Best,
    string JsonPath,
    string HtmlPath,
    string? PngPath);
