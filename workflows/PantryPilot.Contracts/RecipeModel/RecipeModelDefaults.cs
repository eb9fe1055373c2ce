using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

public static class RecipeModelDefaults
{
    /// <summary>The default request mix: a quarter unconstrained, the rest over the diets the original
    /// measured.</summary>
    public static IReadOnlyDictionary<string, double> TagMix { get; } =
        new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["none"] = 0.25,
            ["vegetarian"] = 0.25,
            ["vegan"] = 0.15,
            ["dairy-free"] = 0.15,
            ["gluten-free"] = 0.15,
            ["pescatarian"] = 0.05,
        };

    // Release 2's bounds (docs/temporal.md "Limits"): with them every payload of a run stays under 256 KB and every
    // history well under the server's 51,200 events; the payload guard test checks the worst case they allow.

    /// <summary>At most this many generate batches: the filter's input lists every batch file.</summary>
    public const int MaxBatches = 500;

    /// <summary>At most this many tags in the mix: several outputs count per tag.</summary>
    public const int MaxTags = 16;

    /// <summary>At most this many checkpoints a training may save: its output lists them.</summary>
    public const int MaxCheckpoints = 100;

    /// <summary>At most this many models compared: the base and the 31 checkpoints with the lowest val loss.</summary>
    public const int MaxCandidates = 32;

    /// <summary>At most this many evaluate-checkpoint activities in a run (each is events in its history).</summary>
    public const int MaxShards = 2_000;

    /// <summary>At most this many evaluation samples per candidate.</summary>
    public const int MaxEvaluationSamples = 10_000;

    /// <summary>Workflow id of a run: recipe-model-&lt;dataset name&gt;.</summary>
    public static string WorkflowId(string datasetName) => $"recipe-model-{datasetName}";
}
