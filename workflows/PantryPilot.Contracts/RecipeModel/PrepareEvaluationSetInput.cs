namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Builds the evaluation requests (JSONL, the compliance-request layout) from the split's validation
/// samples.</summary>
/// <param name="Samples">At most this many (the first N of valid.jsonl, which the split already stratified).</param>
public sealed record PrepareEvaluationSetInput(string RunId, string ValidPath, string OutputDir, int Samples);
