using System.Runtime.InteropServices;

namespace PantryPilot.Inference.Model;

/// <summary>Execution providers to try, in order, for a configured choice. CPU always ends the list.</summary>
public static class ProviderSelection
{
    public static IReadOnlyList<string> Candidates(string configured) => configured.Trim().ToLowerInvariant() switch
    {
        "cpu" => ["cpu"],
        "cuda" => ["cuda", "cpu"],
        "coreml" => ["coreml", "cpu"],
        "auto" when RuntimeInformation.IsOSPlatform(OSPlatform.OSX) => ["coreml", "cpu"],
        "auto" => ["cuda", "cpu"],
        _ => throw new ArgumentException(
            $"Inference:Provider '{configured}' must be auto, cpu, cuda or coreml",
            nameof(configured)),
    };

    /// <summary>The provider name ONNX Runtime GenAI's Config.AppendProvider expects.</summary>
    public static string RuntimeName(string provider) => provider switch
    {
        "coreml" => "CoreML",
        _ => provider,
    };
}
