using PantryPilot.Inference.Model;

namespace PantryPilot.Inference.Tests;

/// <summary>Feeds crafted model outputs, one per attempt, through the real recipe pipeline, so the validation gate
/// is exercised with exactly the output a real model could produce. Records the prompts and schemas it was given.</summary>
public sealed class ScriptedTextGenerator(params string[] outputs) : IRecipeTextGenerator
{
    private int next;

    public string Provider => "scripted";

    public string ModelName => "scripted";

    public GuidanceSupport Guidance { get; } = new(true, "scripted");

    public List<string> Prompts { get; } = [];

    public List<string?> Schemas { get; } = [];

    public int Calls => next;

    public IReadOnlyList<int> EncodePrompt(string prompt)
    {
        Prompts.Add(prompt);
        return [1, 2, 3];
    }

    public Task<GenerationResult> GenerateAsync(GenerationRequest request, Action<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        Schemas.Add(request.JsonSchema);
        var text = outputs[Math.Min(next, outputs.Length - 1)];
        next++;
        return Task.FromResult(new GenerationResult(text, 10, TimeSpan.FromMilliseconds(5), StopReason.EndOfSequence, true, null));
    }
}
