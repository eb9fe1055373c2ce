namespace PantryPilot.Contracts.Retraining;

/// <summary>The dislikes in a row at the end of one dietary tag's ratings (0 when its last rating was a
/// like).</summary>
public sealed record TagStreak(string Tag, int Dislikes);
