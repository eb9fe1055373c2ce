using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Training options (part 2). Enabled: run the train activity on the model-training task queue (only enable it
/// where a host with a trainer polls that queue). The trainer itself is the worker's configuration
/// (Training:Trainer).</summary>
/// <param name="Trainer">Informational: which trainer the operator expects (the worker's configuration
/// decides).</param>
/// <param name="Lora">LoRA settings; null = the original system's (rank 8, alpha 16, ...).</param>
/// <param name="Iterations">Fixed iteration count; null = train samples x epochs / batch size.</param>
/// <param name="QueueTimeout">How long the train activity may wait for a host polling the model-training task queue
/// (its schedule-to-start timeout); past it the run says no trainer host polls the queue and evaluates the base model
/// only. Null = <see cref="TrainingNames.DefaultQueueTimeout"/> (10 minutes).</param>
/// <param name="Mode">What the trainer learns from: supervised samples (mlx-lm's chat or text layout, the default) or
/// preference pairs (prompt, chosen, rejected: mlx-lm-lora's DPO layout). Not written when null.</param>
public sealed record TrainingOptions(
    bool Enabled = false,
    string? Trainer = null,
    LoraSettings? Lora = null,
    int? Iterations = null,
    TimeSpan? QueueTimeout = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TrainMode? Mode = null);
