namespace PantryPilot.Contracts.Retraining;

/// <summary>What a round trains on. One trainer run trains one mode (mlx-lm-lora's --train-mode), so a round with
/// preference pairs trains on them and a round with only liked recipes trains on those.</summary>
public enum FeedbackTrainingMode
{
    /// <summary>Nothing to train on: every sample was filtered out or too few were kept.</summary>
    None,

    /// <summary>Liked recipes as supervised samples (mlx-lm's chat layout).</summary>
    Supervised,

    /// <summary>A/B choices as preference pairs (prompt, chosen, rejected: mlx-lm-lora's DPO/ORPO layout).</summary>
    Preference,
}
