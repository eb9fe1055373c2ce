namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The gate's answer for one candidate.</summary>
/// <param name="Reasons">Every floor missed and every figure worse than the served model's, one line each; empty when
/// allowed.</param>
/// <param name="ServedEntryId">The entry being served now, which the candidate was compared with (null: nothing
/// served).</param>
public sealed record PromotionGateVerdict(bool Allowed, IReadOnlyList<string> Reasons, string? ServedEntryId);
