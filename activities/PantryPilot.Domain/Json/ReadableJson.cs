using System.Text.Encodings.Web;
using System.Text.Json;

namespace PantryPilot.Domain.Json;

/// <summary>The one setting for JSON that people read (command output, result files, reports): UTF-8 written as
/// itself, so "baker's yeast → Gluten" stays readable instead of "baker\u0027s yeast \u2192 Gluten". The relaxed
/// encoder still escapes what JSON requires (quotes, backslashes, control characters); it is "unsafe" only for JSON
/// pasted into HTML or a script without further encoding, which none of these files are.</summary>
public static class ReadableJson
{
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>For <see cref="Utf8JsonWriter"/>s that write such output.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };

    /// <summary>For <see cref="JsonWriterOptions"/> of an indented file.</summary>
    public static JsonWriterOptions IndentedWriterOptions { get; } = new() { Encoder = Encoder, Indented = true };
}
