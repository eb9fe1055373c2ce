using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>The LoRA configuration. Defaults are the original system's: rank 8, alpha 16, dropout 0.05, 16 layers,
/// lr 1e-4, batch 1, gradient accumulation 4, max sequence 2,048, a checkpoint every 500 iterations.</summary>
/// <param name="Epochs">Iterations = ceil(train samples x epochs / batch size) unless the input fixes them.</param>
public sealed record LoraSettings(
    int Rank = 8,
    double Alpha = 16,
    double Dropout = 0.05,
    int Layers = 16,
    double LearningRate = 1e-4,
    int BatchSize = 1,
    int GradAccumulation = 4,
    int MaxSeqLength = 2048,
    int SaveEvery = 500,
    int StepsPerReport = 10,
    int StepsPerEval = 200,
    int Epochs = 3);
