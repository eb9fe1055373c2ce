using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Part 3's options: promote the best checkpoint into the registry, optionally after a person
/// approves.</summary>
/// <param name="CheckpointsOnly">True: only a trained checkpoint may be promoted, never the base model (a retraining
/// round that trained nothing usable has nothing to ask approval for).</param>
public sealed record PromotionSettings(
    bool Enabled = true,
    ApprovalSettings? Approval = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? CheckpointsOnly = null);
