using Microsoft.Extensions.Configuration;

namespace PantryPilot.Activities.Training;

/// <summary>The `Training` configuration section of a host that polls the <c>model-training</c> task queue
/// (env: Training__Trainer, Training__BaseModel, Training__Command, ...).</summary>
public sealed class TrainerOptions
{
    public const string Section = "Training";

    /// <summary>Empty or "none": no trainer on this host (the flow evaluates the base model only). "mlx-lm": the
    /// <see cref="TrainerTemplates.MlxLm"/> template. "script": <see cref="Script"/> with the same contract.</summary>
    public string Trainer { get; set; } = string.Empty;

    /// <summary>A full command template; overrides the one <see cref="Trainer"/> names.</summary>
    public string? Command { get; set; }

    /// <summary>The command template for preference pairs (a retraining round's A/B choices: prompt, chosen,
    /// rejected); overrides the one <see cref="Trainer"/> names for that mode (mlx-lm: mlx-lm-lora's DPO trainer).
    /// </summary>
    public string? PreferenceCommand { get; set; }

    /// <summary>For Trainer=script: the user's training script on a GPU node (same flags, progress lines and checkpoint
    /// files as mlx-lm).</summary>
    public string? Script { get; set; }

    /// <summary>The model the trainer fine-tunes (an MLX model folder or Hugging Face id for mlx-lm).</summary>
    public string? BaseModel { get; set; }

    /// <summary>Local scratch for the trainer's own adapter folder; default: the system temp folder.</summary>
    public string? WorkDir { get; set; }

    /// <summary>Converts a checkpoint into ONNX Runtime GenAI's adapter format after training, e.g. <c>olive
    /// convert-adapters --adapter_path {input} --output_path {output}</c> (a PEFT adapter; mlx-lm checkpoints need
    /// converting to PEFT first, which a wrapper script can do). Empty: no conversion, checkpoints are evaluated as
    /// they are (and the inference pool reports them unusable unless they already are .onnx_adapter files).</summary>
    public string? ConvertCommand { get; set; }

    /// <summary>Lines of trainer output kept for the failure message and the out-of-memory check.</summary>
    public int OutputTailLines { get; set; } = 40;

    /// <summary>The trainer as a person reads it in a run's record: the command template when one is set, else the
    /// name.</summary>
    public string Describe() => string.IsNullOrWhiteSpace(Command) ? Trainer : Command;

    public bool IsConfigured
        => !string.IsNullOrWhiteSpace(Command) || Trainer.Trim().ToLowerInvariant() is not ("" or "none");

    public static TrainerOptions From(IConfiguration configuration)
    {
        var options = new TrainerOptions();
        configuration.GetSection(Section).Bind(options);
        return options;
    }

    /// <summary>Configuration problems, empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var trainer = Trainer.Trim().ToLowerInvariant();
        if (trainer is not ("" or "none" or "mlx-lm" or "script"))
        {
            problems.Add($"Training:Trainer '{Trainer}' must be none, mlx-lm or script");
        }

        if (trainer == "script" && string.IsNullOrWhiteSpace(Script) && string.IsNullOrWhiteSpace(Command))
        {
            problems.Add(
                "Training:Trainer is 'script' but Training:Script (the path of the training script) is not set");
        }

        if (IsConfigured && string.IsNullOrWhiteSpace(BaseModel))
        {
            problems.Add("Training:BaseModel (the model the trainer fine-tunes) is not set");
        }

        if (OutputTailLines < 5)
        {
            problems.Add($"Training:OutputTailLines must be at least 5, got {OutputTailLines}");
        }

        return problems;
    }
}
