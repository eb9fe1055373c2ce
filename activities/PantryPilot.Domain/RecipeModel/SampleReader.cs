using System.Globalization;
using System.Text.Json;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>Reads one JSON line of any supported layout (detected per line). A line that cannot be read yields a
/// reason naming the source, line and field instead of an exception.</summary>
public static class SampleReader
{
    public static (SampleCandidate? Candidate, string? Error) Read(string line, string source, long lineNumber)
    {
        string Where(string field) => $"{source} line {lineNumber} field '{field}'";
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, $"{source} line {lineNumber}: not a JSON object");
            }

            if (root.TryGetProperty("messages", out var messages))
            {
                return ReadChat(messages, Where);
            }

            if (root.TryGetProperty("input", out _) && root.TryGetProperty("output", out _))
            {
                return OriginalTeacherReader.Read(root, Where);
            }

            if (root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            {
                var meta = root.TryGetProperty("meta", out var m) && m.ValueKind == JsonValueKind.Object
                    ? m.Deserialize(RecipeModelJson.Default.SampleOrigin)
                    : null;
                var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String
                    ? i.GetString()
                    : null;
                return ReadPhi3(
                    text.GetString()!,
                    meta is null ? SampleLayouts.MlxText : SampleLayouts.Project,
                    id,
                    meta,
                    Where);
            }

            if (root.TryGetProperty("prompt", out var prompt) && prompt.ValueKind == JsonValueKind.String)
            {
                var completion = root.TryGetProperty("completion", out var c) && c.ValueKind == JsonValueKind.String
                    ? c.GetString()
                    : null;
                return ReadCompletion(prompt.GetString()!, completion, Where);
            }

            return (
                null,
                $"{source} line {lineNumber}: unknown layout "
                + "(expected 'text', 'messages', 'prompt'/'completion' or 'input'/'output')");
        }
        catch (JsonException e)
        {
            return (null, $"{source} line {lineNumber}: not valid JSON ({e.Message})");
        }
    }

    private static (SampleCandidate?, string?) ReadChat(JsonElement messages, Func<string, string> where)
    {
        if (messages.ValueKind != JsonValueKind.Array)
        {
            return (null, $"{where("messages")}: must be an array");
        }

        string? user = null, assistant = null;
        foreach (var message in messages.EnumerateArray())
        {
            var role = message.TryGetProperty("role", out var r) ? r.GetString() : null;
            var content = message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String
                ? c.GetString()
                : null;
            if (role == "user")
            {
                user = content;
            }
            else if (role == "assistant")
            {
                assistant = content;
            }
        }

        if (user is null)
        {
            return (null, $"{where("messages")}: no user message");
        }

        return FromParts(SampleLayouts.MlxChat, null, null, user, assistant, where);
    }

    private static (SampleCandidate?, string?) ReadCompletion(
        string prompt,
        string? completion,
        Func<string, string> where)
    {
        // mlx-lm applies no template to completions, so a prompt may be the bare user message or a whole Phi-3 prompt.
        var user = prompt.Contains("<|user|>", StringComparison.Ordinal)
            ? Between(prompt, "<|user|>", RecipePromptText.End)
            : prompt;
        if (user is null)
        {
            return (null, $"{where("prompt")}: a <|user|> section without its <|end|>");
        }

        var answer = completion?.Trim();
        if (answer is not null && answer.EndsWith(RecipePromptText.End, StringComparison.Ordinal))
        {
            answer = answer[..^RecipePromptText.End.Length];
        }

        return FromParts(SampleLayouts.MlxCompletions, null, null, user, answer, where);
    }

    private static (SampleCandidate?, string?) ReadPhi3(
        string text,
        string layout,
        string? id,
        SampleOrigin? meta,
        Func<string, string> where)
    {
        var user = Between(text, "<|user|>", RecipePromptText.End);
        if (user is null)
        {
            return (null, $"{where("text")}: no <|user|> ... <|end|> section");
        }

        string? assistant = null;
        var assistantStart = text.IndexOf("<|assistant|>", StringComparison.Ordinal);
        if (assistantStart >= 0)
        {
            assistantStart += "<|assistant|>".Length;
            var end = text.IndexOf(RecipePromptText.End, assistantStart, StringComparison.Ordinal);
            assistant = end < 0 ? text[assistantStart..] : text[assistantStart..end];
        }

        return FromParts(layout, id, meta, user, assistant, where);
    }

    private static (SampleCandidate?, string?) FromParts(
        string layout,
        string? id,
        SampleOrigin? meta,
        string user,
        string? assistant,
        Func<string, string> where)
    {
        var prompt = ParseUser(user);
        if (prompt is null)
        {
            return (
                null,
                $"{where("user")}: not a PantryPilot prompt "
                + "(needs 'Pantry:', 'Dietary constraints:' and 'Request:' lines)");
        }

        var (pantry, tags, cuisine, request) = prompt.Value;
        RecipeAnswer? answer = null;
        string? noAnswer = null;
        if (string.IsNullOrWhiteSpace(assistant))
        {
            noAnswer = "no-answer";
        }
        else
        {
            var parsed = RecipeAnswerParser.Parse(assistant);
            answer = parsed.Answer;
            noAnswer = parsed.Reason is null ? null : $"{parsed.Reason}: {parsed.Detail}";
        }

        return (new SampleCandidate(layout, id, tags, cuisine, request, pantry, answer, noAnswer, meta), null);
    }

    /// <summary>The user message the prompt builder writes: Pantry / Dietary constraints / Cuisine / Request lines.
    /// Reads spans of the message and makes strings only of the values (it runs once per sample the filter
    /// reads).</summary>
    public static (IReadOnlyList<SamplePantryItem> Pantry, IReadOnlyList<string> Tags, string? Cuisine, string Request)?
        ParseUser(string user)
    {
        var text = user.AsSpan();
        ReadOnlySpan<char> pantry = default, constraints = default;
        var hasPantry = false;
        var hasConstraints = false;
        string? cuisine = null, request = null;
        while (true)
        {
            var newline = text.IndexOf('\n');
            var line = (newline < 0 ? text : text[..newline]).TrimEnd('\r');
            if (request is not null)
            {
                request += "\n" + line.ToString();
            }
            else if (line.StartsWith("Pantry:", StringComparison.Ordinal))
            {
                pantry = line["Pantry:".Length..].Trim();
                hasPantry = true;
            }
            else if (line.StartsWith("Dietary constraints:", StringComparison.Ordinal))
            {
                constraints = line["Dietary constraints:".Length..].Trim();
                hasConstraints = true;
            }
            else if (line.StartsWith("Cuisine:", StringComparison.Ordinal))
            {
                cuisine = line["Cuisine:".Length..].Trim().ToString();
            }
            else if (line.StartsWith("Request:", StringComparison.Ordinal))
            {
                request = line["Request:".Length..].Trim().ToString();
            }

            if (newline < 0)
            {
                break;
            }

            text = text[(newline + 1)..];
        }

        if (!hasPantry || !hasConstraints || request is null)
        {
            return null;
        }

        var tags = constraints.Equals("none", StringComparison.OrdinalIgnoreCase)
            ? []
            : constraints.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (ParsePantry(pantry), tags, cuisine, request);
    }

    /// <summary>"rice (500 g), rice cakes (tteok) (300 g), salt" → items; a trailing "(number unit)" is the
    /// amount.</summary>
    public static IReadOnlyList<SamplePantryItem> ParsePantry(string text) => ParsePantry(text.AsSpan());

    private static List<SamplePantryItem> ParsePantry(ReadOnlySpan<char> text)
    {
        var items = new List<SamplePantryItem>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            if (!atEnd && text[i] == '(')
            {
                depth++;
            }
            else if (!atEnd && text[i] == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (atEnd || (depth == 0 && text[i] == ','))
            {
                var piece = text[start..i].Trim();
                if (piece.Length > 0)
                {
                    items.Add(ParsePantryItem(piece));
                }

                start = i + 1;
            }
        }

        return items;
    }

    private static SamplePantryItem ParsePantryItem(ReadOnlySpan<char> piece)
    {
        if (!piece.EndsWith(')'))
        {
            return new SamplePantryItem(piece.ToString(), 0, string.Empty);
        }

        // The common "name (500 g)" without a string per part; anything else takes the general path below.
        var open = piece.LastIndexOf('(');
        var inner = open > 0 ? piece[(open + 1)..^1].Trim() : default;
        var space = inner.IndexOf(' ');
        if (open > 0 && space > 0 && space + 1 < inner.Length && inner[space + 1] != ' '
            && double.TryParse(inner[..space], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            return new SamplePantryItem(piece[..open].Trim().ToString(), amount, Unit(inner[(space + 1)..]));
        }

        var text = piece.ToString();
        var parts = open > 0 ? text[(open + 1)..^1].Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) : [];
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var quantity))
        {
            return new SamplePantryItem(text[..open].Trim(), quantity, parts[1]);
        }

        return new SamplePantryItem(text, 0, string.Empty);
    }

    /// <summary>The units the prompt builder writes, without a new string for each.</summary>
    private static string Unit(ReadOnlySpan<char> unit) => unit switch
    {
        "g" => "g",
        "ml" => "ml",
        "pcs" => "pcs",
        _ => unit.ToString(),
    };

    private static string? Between(string text, string open, string close)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += open.Length;
        var end = text.IndexOf(close, start, StringComparison.Ordinal);
        return end < 0 ? null : text[start..end].Trim('\n');
    }
}
