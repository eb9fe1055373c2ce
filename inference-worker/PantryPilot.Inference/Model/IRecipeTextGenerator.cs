namespace PantryPilot.Inference.Model;

/// <summary>What the recipe pipeline needs from a model: prompt encoding and one generation run.
/// <see cref="RecipeModelHost"/> is the ONNX Runtime GenAI implementation.</summary>
public interface IRecipeTextGenerator
{
    /// <summary>The execution provider actually in use (cpu, cuda, coreml).</summary>
    string Provider { get; }

    /// <summary>A short name of the loaded model, for diagnostics.</summary>
    string ModelName { get; }

    /// <summary>Whether JSON-schema guidance is used (and if not, why), decided at load.</summary>
    GuidanceSupport Guidance { get; }

    /// <summary>Prompt plus generated tokens the model can hold; null when unbounded or unknown.</summary>
    int? ContextLength => null;

    IReadOnlyList<int> EncodePrompt(string prompt);

    /// <summary>Runs one generation; throws <see cref="AdapterUnavailableException"/> for an unknown adapter and
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires (checked between
    /// tokens).</summary>
    Task<GenerationResult> GenerateAsync(
        GenerationRequest request,
        Action<GenerationProgress>? progress,
        CancellationToken cancellationToken);
}
