namespace PantryPilot.Domain.Retraining;

/// <summary>One line of a preference dataset, in the layout of mlx-lm-lora's DPO/ORPO trainers (its DPODataset reads
/// <c>prompt</c>, <c>chosen</c>, <c>rejected</c> and, when present, <c>system</c>, and applies the model's chat
/// template: the prompt is the user turn, chosen and rejected are assistant turns). See
/// docs/feedback-loop.md.</summary>
public sealed record PreferenceLine(string System, string Prompt, string Chosen, string Rejected);
