using System.Text.Json.Serialization;

namespace PantryPilot.Domain.Retraining;

/// <summary>JSON of the retraining dataset's files: snake_case, as mlx-lm and mlx-lm-lora read their
/// datasets.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(PreferenceLine))]
[JsonSerializable(typeof(LineageLine))]
[JsonSerializable(typeof(RemovedFeedbackLine))]
public sealed partial class RetrainingJson : JsonSerializerContext
{
    /// <summary>Writes '&lt;', '&gt;', quotes and non-ASCII as they are (as the recipe-model files do).</summary>
    public static RetrainingJson Files { get; } = new(new System.Text.Json.JsonSerializerOptions
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
