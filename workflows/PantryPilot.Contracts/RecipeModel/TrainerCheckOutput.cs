using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Which host answered the trainer check and what it would run.</summary>
/// <param name="Configured">False where the host has no trainer (an in-process run without one).</param>
/// <param name="Trainer">The trainer the host runs (mlx-lm, script, a command template), for the run's record.</param>
public sealed record TrainerCheckOutput(bool Configured, string Host, string Trainer);
