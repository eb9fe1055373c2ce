using System.Text.Json;
using PantryPilot.Domain.Json;

namespace PantryPilot.Inference.Evaluation;

/// <summary>results.jsonl: one JSON object per request with the id, outcome, pantry allowed and excluded (with
/// reasons), the full recipe and what each judge found, streamed line by line.</summary>
public static class ComplianceResultsJson
{
    public static async Task WriteAsync(
        string path,
        IEnumerable<ComplianceCaseResult> results,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        await using var file = File.Create(path);
        foreach (var r in results)
        {
            using (var writer = new Utf8JsonWriter(file, ReadableJson.WriterOptions))
            {
                Write(writer, r);
            }

            file.WriteByte((byte)'\n');
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static void Write(Utf8JsonWriter w, ComplianceCaseResult r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("outcome", r.InvalidRequest ? "invalid_request" : r.Outcome.ToString());
        w.WriteString("reason", r.Reason);
        Strings(w, "tags", r.Tags);
        w.WriteNumber("trimmed", r.Trimmed);
        Strings(w, "pantry_allowed", r.PantryAllowed);
        w.WriteStartArray("pantry_excluded");
        foreach (var e in r.PantryExcluded)
        {
            w.WriteStartObject();
            w.WriteString("name", e.Name);
            w.WriteString("status", e.Status.ToString());
            w.WriteString("reason", e.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (r.Recipe is { } recipe)
        {
            w.WriteStartObject("recipe");
            w.WriteString("title", recipe.Title);
            w.WriteString("cuisine", recipe.Cuisine);
            w.WriteNumber("time_minutes", recipe.TimeMinutes);
            w.WriteStartArray("ingredients");
            foreach (var i in recipe.Ingredients)
            {
                w.WriteStartObject();
                w.WriteString("name", i.Name);
                w.WriteNumber("amount", i.Amount);
                w.WriteString("unit", i.Unit);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "suggested_additions", recipe.SuggestedAdditions);
            Strings(w, "steps", recipe.Steps);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("recipe");
        }

        w.WriteStartObject("judges");
        Strings(w, "classifier", r.Violations);
        Strings(w, "traps_leaked_to_model", r.TrapsLeaked);
        Strings(w, "traps_in_recipe", r.TrapsInRecipe);
        Strings(w, "word_lists", r.IndependentViolations);
        Strings(w, "disagreements", r.Disagreements);
        w.WriteEndObject();
        w.WriteNumber("latency_ms", Math.Round(r.LatencyMs, 3));
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
