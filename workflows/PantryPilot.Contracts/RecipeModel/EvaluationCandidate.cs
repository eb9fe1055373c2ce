namespace PantryPilot.Contracts.RecipeModel;

/// <summary>A model to evaluate: the base model (no adapter) or one checkpoint.</summary>
/// <param name="Name">"base" or "iter-0008000": also the adapter name the worker loads it under.</param>
/// <param name="AdapterPath">Path of the adapter in ONNX Runtime GenAI's format; null for the base model.</param>
public sealed record EvaluationCandidate(string Name, int? Iteration, double? ValLoss, string? AdapterPath);
