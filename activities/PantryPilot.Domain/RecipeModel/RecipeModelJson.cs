using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>JSON of the recipe-model files (samples, answers), snake_case as the original system and mlx-lm write it.
/// Source-generated: the filter reads and writes tens of thousands of samples a second.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(RecipeSample))]
[JsonSerializable(typeof(SampleMeta))]
[JsonSerializable(typeof(SampleOrigin))]
[JsonSerializable(typeof(RecipeAnswer))]
[JsonSerializable(typeof(RemovedSample))]
[JsonSerializable(typeof(ChatLine))]
[JsonSerializable(typeof(TextLine))]
public sealed partial class RecipeModelJson : JsonSerializerContext
{
    /// <summary>Writes '&lt;', '&gt;', quotes and non-ASCII as they are (valid JSON; the files are not embedded in
    /// HTML), so Phi-3 tags read as &lt;|user|&gt; in the files instead of \u003C|user|\u003E.</summary>
    public static RecipeModelJson Files { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = Json.ReadableJson.Encoder,
    });

    public static string Serialize(RecipeSample sample) => JsonSerializer.Serialize(sample, Files.RecipeSample);

    public static string Serialize(RecipeAnswer answer) => JsonSerializer.Serialize(answer, Files.RecipeAnswer);

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? answerBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? answerWriter;

    /// <summary>Appends what <see cref="Serialize(RecipeAnswer)"/> returns, without the string in between.</summary>
    public static StringBuilder Append(StringBuilder text, RecipeAnswer answer)
    {
        var buffer = answerBuffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = answerWriter ??= new Utf8JsonWriter(
            buffer,
            new JsonWriterOptions { Encoder = Files.Options.Encoder, SkipValidation = true });
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, answer, Files.RecipeAnswer);
        writer.Flush();
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount));
        var count = Encoding.UTF8.GetChars(buffer.WrittenSpan, chars);
        text.Append(chars, 0, count);
        ArrayPool<char>.Shared.Return(chars);
        return text;
    }
}
