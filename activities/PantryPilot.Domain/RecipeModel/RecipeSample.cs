namespace PantryPilot.Domain.RecipeModel;

/// <summary>A training sample in the project's layout: Phi-3 chat text plus metadata. One JSON object a line.</summary>
public sealed record RecipeSample(string Id, string Text, SampleMeta Meta);
