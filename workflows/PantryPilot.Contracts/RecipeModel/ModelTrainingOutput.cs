using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Part 2 of the flow's output: train → checkpoint-evaluate → promote.</summary>
public sealed record ModelTrainingOutput(
    TrainOutput Train,
    PrepareEvaluationSetOutput? EvaluationSet,
    CompareCheckpointsOutput? Comparison,
    PromotionOutcome Promotion);
