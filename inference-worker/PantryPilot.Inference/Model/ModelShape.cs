using System.Diagnostics;
using System.Text.Json;
using Microsoft.ML.OnnxRuntimeGenAI;
using PantryPilot.Inference.Hosting;
using GenAiModel = Microsoft.ML.OnnxRuntimeGenAI.Model;

namespace PantryPilot.Inference.Model;

/// <summary>The parts of genai_config.json the host needs.</summary>
public sealed record ModelShape(string ModelType, int? VocabSize, int? ContextLength)
{
    public static ModelShape Read(string modelPath)
    {
        var file = Path.Combine(modelPath, "genai_config.json");
        using var stream = File.OpenRead(file);
        using var document = JsonDocument.Parse(stream);
        if (!document.RootElement.TryGetProperty("model", out var model))
        {
            throw new InvalidDataException($"{file}: missing 'model' section");
        }

        var type = model.TryGetProperty("type", out var t) ? t.GetString() ?? "unknown" : "unknown";
        int? vocab = model.TryGetProperty("vocab_size", out var v) && v.TryGetInt32(out var vi) ? vi : null;
        int? context = model.TryGetProperty("context_length", out var c) && c.TryGetInt32(out var ci) ? ci : null;
        return new ModelShape(type, vocab, context);
    }
}
