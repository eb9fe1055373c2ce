namespace PantryPilot.Contracts.RecipeModel;

/// <summary>What a training run learns from.</summary>
public enum TrainMode
{
    /// <summary>Supervised samples: mlx-lm's chat (<c>messages</c>) or text layout.</summary>
    Supervised,

    /// <summary>Preference pairs: one JSON object a line with <c>prompt</c>, <c>chosen</c>, <c>rejected</c> (and
    /// optionally <c>system</c>), the layout of mlx-lm-lora's DPO/ORPO trainers.</summary>
    Preference,
}
