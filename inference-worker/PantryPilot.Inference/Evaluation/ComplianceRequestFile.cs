using System.Globalization;
using System.Text.Json;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Evaluation;

/// <summary>
/// Reads JSONL compliance requests strictly: constraints and allergies must be arrays of strings (present, [] for
/// none), every constraint name must be known, every field name must be known (a misspelled key is an error, never
/// a silently dropped constraint), pantry items are objects with a string name. A bad line is an error naming file,
/// line and field; the other lines still read.
/// </summary>
public static class ComplianceRequestFile
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "id", "tags", "pantry", "constraints", "allergies", "cuisine", "request", "max_tokens", "adapter", "traps",
        "note",
    };

    private static readonly HashSet<string> ItemFields =
        new(StringComparer.Ordinal) { "name", "quantity", "unit", "expires" };

    /// <summary>Every non-blank line, parsed or with its error. An empty file (or one of blank lines) is an
    /// error.</summary>
    public static async IAsyncEnumerable<ComplianceRequestLine> ReadLinesAsync(
        string path,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path);
        var lineNumber = 0;
        var any = false;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            any = true;
            ComplianceCase? parsed = null;
            string? error = null;
            try
            {
                parsed = Parse(line, $"{Path.GetFileName(path)} line {lineNumber}");
            }
            catch (FormatException ex)
            {
                error = ex.Message;
            }

            yield return new ComplianceRequestLine(lineNumber, parsed, error);
        }

        if (!any)
        {
            throw new FormatException(
                $"{Path.GetFileName(path)}: the request file is empty (expected one JSON request per line)");
        }
    }

    /// <summary>The cases of a file; the first bad line throws (for callers that want all or nothing).</summary>
    public static async IAsyncEnumerable<ComplianceCase> ReadAsync(
        string path,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var line in ReadLinesAsync(path, cancellationToken))
        {
            yield return line.Case ?? throw new FormatException(line.Error);
        }
    }

    public static ComplianceCase Parse(string line, string where)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{where}: not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{where}: a request must be a JSON object, got {root.ValueKind}");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (!Fields.Contains(property.Name))
                {
                    throw new FormatException(
                        $"{where} field {property.Name}: not a request field (known: "
                        + $"{string.Join(", ", Fields.Order(StringComparer.Ordinal))})");
                }
            }

            var id = Text(root, "id", where);
            var constraintNames = RequiredStrings(root, "constraints", where);
            var allergies = RequiredStrings(root, "allergies", where);
            DietaryRequest request;
            try
            {
                request = DietaryRequest.Parse(constraintNames, allergies);
            }
            catch (DietaryRequestException ex)
            {
                var what = ex.Field == "constraints" && ex.Value is not null
                    ? $"'{ex.Value}' is not a dietary constraint (supported: {DietaryConstraints.SupportedTags})"
                    : ex.Message;
                throw new FormatException($"{where} field {ex.Field}[{ex.Index}]: {what}", ex);
            }

            // An evaluation file is read as written: a misspelling the guard would correct for a person is an error
            // here.
            if (DietProfileReader.Read(constraintNames, allergies).Notes.FirstOrDefault() is { } typo)
            {
                var what = typo.Field == "constraints"
                    ? "is not a dietary constraint"
                    : "is not a food or allergen group";
                throw new FormatException(
                    $"{where} field {typo.Field}[{typo.Index}]: '{typo.Written}' {what} (did you mean "
                    + $"'{typo.ReadAs}'?)");
            }

            if (!root.TryGetProperty("pantry", out var p) || p.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{where} field pantry: must be an array of {{name, quantity, unit}}");
            }

            var pantry = p.EnumerateArray().Select((item, i) => Item(item, $"{where} pantry[{i}]")).ToList();
            var input = new GenerateRecipeInput(
                pantry,
                request.Constraints,
                allergies,
                OptionalText(root, "cuisine", where),
                OptionalText(root, "request", where) ?? string.Empty,
                OptionalText(root, "adapter", where),
                MaxTokens: OptionalInt(root, "max_tokens", where));
            var tags = Canonical(OptionalStrings(root, "tags", where), request.Tags);

            return new ComplianceCase(id, tags, input, OptionalStrings(root, "traps", where));
        }
    }

    /// <summary>The request's tags, one spelling each: a given tag that names one of the request's own constraints or
    /// allergies in another spelling ("allergy-sesame", "Gluten_Free") takes the request's spelling ("allergy:sesame",
    /// "gluten-free"), so the report counts it once; other tags (scenario names) stay as written; duplicates go. No
    /// tags given: the request's own.</summary>
    private static List<string> Canonical(IReadOnlyList<string> given, IReadOnlyList<string> own)
    {
        if (given.Count == 0)
        {
            return [.. own];
        }

        var byFolded = own.GroupBy(Fold, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return given.Select(t => byFolded.TryGetValue(Fold(t), out var spelled) ? spelled : t)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        static string Fold(string tag) => new(tag.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
    }

    private static PantryItem Item(JsonElement item, string where)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{where}: must be an object {{name, quantity, unit}}, got {item.ValueKind}");
        }

        foreach (var property in item.EnumerateObject())
        {
            if (!ItemFields.Contains(property.Name))
            {
                throw new FormatException(
                    $"{where} field {property.Name}: not a pantry item field (known: name, quantity, unit, expires)");
            }
        }

        var quantity = 1.0;
        if (item.TryGetProperty("quantity", out var q)
            && q.ValueKind != JsonValueKind.Null
            && !(q.ValueKind == JsonValueKind.Number && q.TryGetDouble(out quantity)))
        {
            throw new FormatException($"{where} field quantity: must be a number, got {q.ValueKind}");
        }

        DateOnly? expires = null;
        if (OptionalText(item, "expires", where) is { } text)
        {
            expires = DateOnly.TryParseExact(
                text,
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var date)
                ? date
                : throw new FormatException($"{where} field expires: '{text}' is not a date like 2026-12-01");
        }

        return new PantryItem(Text(item, "name", where), quantity, OptionalText(item, "unit", where) ?? "pcs", expires);
    }

    private static string Text(JsonElement element, string property, string where) =>
        element.TryGetProperty(property, out var value)
            && value.ValueKind == JsonValueKind.String
            && value.GetString()!.Trim().Length > 0
            ? value.GetString()!
            : throw new FormatException($"{where} field {property}: missing, empty or not a string");

    private static string? OptionalText(JsonElement element, string property, string where) =>
        !element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new FormatException($"{where} field {property}: must be a string, got {value.ValueKind}");

    private static int? OptionalInt(JsonElement element, string property, string where) =>
        !element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number
        : throw new FormatException($"{where} field {property}: must be an integer, got {value}");

    /// <summary>A present array of strings; "vegan" (a string), null, a missing field or [1] are errors.</summary>
    private static List<string> RequiredStrings(JsonElement root, string property, string where)
    {
        if (!root.TryGetProperty(property, out var value))
        {
            throw new FormatException($"{where} field {property}: missing (an array of strings; [] for none)");
        }

        return Strings(value, property, where);
    }

    private static List<string> OptionalStrings(JsonElement root, string property, string where) =>
        root.TryGetProperty(property, out var value) ? Strings(value, property, where) : [];

    private static List<string> Strings(JsonElement value, string property, string where)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException(
                $"{where} field {property}: must be an array of strings, got {value.ValueKind}"
                + (value.ValueKind == JsonValueKind.String
                    ? $" '{value.GetString()}' (write [\"{value.GetString()}\"])"
                    : string.Empty));
        }

        var result = new List<string>();
        var i = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.String || element.GetString()!.Trim().Length == 0)
            {
                throw new FormatException(
                    $"{where} field {property}[{i}]: must be a non-empty string, got {element.ValueKind} {element}");
            }

            result.Add(element.GetString()!);
            i++;
        }

        return result;
    }
}
