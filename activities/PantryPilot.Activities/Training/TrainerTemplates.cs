using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Activities.Training;

/// <summary>The command templates the train activity knows. Every one speaks mlx-lm's contract: the flags below,
/// progress lines like <c>Iter 100: Train loss ...</c>, numbered checkpoint files in the adapter folder.</summary>
public static class TrainerTemplates
{
    /// <summary>The flags after the program. LoRA rank/alpha/dropout/scale, layers, learning rate and gradient
    /// accumulation travel in the YAML written to {config}; memory-relevant values are flags so the out-of-memory
    /// policy can change them per attempt (mlx-lm prefers a flag over the same key in --config).</summary>
    public const string Flags =
        "--model {model} --train --data {data} --config {config} --adapter-path {adapter_path} --iters {iters} " +
        "--batch-size {batch_size} --max-seq-length {max_seq_length} --save-every {save_every} " +
        "--steps-per-report {steps_per_report} --steps-per-eval {steps_per_eval} {resume}";

    /// <summary>mlx-lm's LoRA trainer (`pip install mlx-lm` on Apple silicon; the console script
    /// mlx_lm.lora).</summary>
    public const string MlxLm = "mlx_lm.lora " + Flags;

    /// <summary>mlx-lm-lora's trainer in DPO mode (`pip install mlx-lm-lora`; the console script mlx_lm_lora.train):
    /// it reads train.jsonl/valid.jsonl lines of <c>prompt</c>, <c>chosen</c>, <c>rejected</c> and <c>system</c>, and
    /// takes mlx-lm's flags.</summary>
    public const string MlxLmLoraDpo = "mlx_lm_lora.train --train-mode dpo " + Flags;

    public static readonly IReadOnlyCollection<string> Placeholders =
    [
        "model", "data", "config", "adapter_path", "iters", "batch_size", "max_seq_length", "save_every",
        "steps_per_report", "steps_per_eval", "learning_rate", "grad_accumulation", "resume",
    ];

    /// <summary>The template a configuration means, or null when no trainer is configured. Preference pairs take
    /// Training:PreferenceCommand, else the DPO form of the named trainer; a custom Training:Command has no DPO form,
    /// so it needs a PreferenceCommand beside it (null here, reported by the check).</summary>
    public static string? For(TrainerOptions options, TrainMode? mode = null)
    {
        if (mode == TrainMode.Preference)
        {
            return ForPreference(options);
        }

        if (!string.IsNullOrWhiteSpace(options.Command))
        {
            return options.Command;
        }

        return options.Trainer.Trim().ToLowerInvariant() switch
        {
            "mlx-lm" => MlxLm,
            "script" => $"\"{options.Script}\" {Flags}",
            _ => null,
        };
    }

    private static string? ForPreference(TrainerOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PreferenceCommand))
        {
            return options.PreferenceCommand;
        }

        if (!string.IsNullOrWhiteSpace(options.Command))
        {
            return null;
        }

        return options.Trainer.Trim().ToLowerInvariant() switch
        {
            "mlx-lm" => MlxLmLoraDpo,
            "script" => $"\"{options.Script}\" --train-mode dpo {Flags}",
            _ => null,
        };
    }
}
