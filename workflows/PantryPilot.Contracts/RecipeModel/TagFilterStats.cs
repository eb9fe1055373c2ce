namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Filter statistics of one dietary tag (a sample with two tags counts under both).</summary>
public sealed record TagFilterStats(string Tag, long Samples, long Kept, long Removed, bool Supported);
