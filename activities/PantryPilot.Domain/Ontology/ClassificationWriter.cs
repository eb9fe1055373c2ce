using System.Text;
using System.Text.Json;

namespace PantryPilot.Domain.Ontology;

/// <summary>
/// What <c>pantrypilot diet classify</c> writes: one row per input line, in input order. CSV header
/// <c>name,&lt;constraint&gt;...,[allergies,]explanation</c>; each constraint column is <c>allowed</c>,
/// <c>forbidden</c> or <c>unknown</c> ("may contain" is <c>forbidden</c> unless the policy is lenient). JSON is an
/// array of objects with the same fields plus the overall <c>status</c>.
/// </summary>
public static class ClassificationWriter
{
    private const string EmptyName = "empty name";

    public static string Cell(RuleVerdict rule, bool lenient) => rule.Status switch
    {
        ComplianceStatus.Allowed => "allowed",
        ComplianceStatus.Forbidden => "forbidden",
        ComplianceStatus.MayContain => lenient ? "allowed" : "forbidden",
        _ => "unknown",
    };

    /// <summary>Reads names line by line and writes one row each, streaming. Returns the number of rows
    /// written.</summary>
    public static Task<int> WriteAsync(
        TextReader input,
        TextWriter output,
        DietaryPolicy policy,
        bool json,
        CancellationToken cancellationToken = default) =>
        WriteAsync(input, output, policy, json, explain: false, cancellationToken);

    /// <summary>The same; with <paramref name="explain"/>, each row also says how the name was read
    /// (<see cref="Parse"/>): a <c>parse</c> column before the explanation, or a <c>parse</c> field.</summary>
    public static async Task<int> WriteAsync(
        TextReader input,
        TextWriter output,
        DietaryPolicy policy,
        bool json,
        bool explain,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(policy);
        var constraints = policy.Request.Constraints;
        var hasAllergies = policy.Request.Allergies.Count > 0;
        if (json)
        {
            await output.WriteAsync("[");
        }
        else
        {
            var header = new List<string> { "name" };
            header.AddRange(constraints.Select(c => c.Tag()));
            if (hasAllergies)
            {
                header.Add("allergies");
            }

            if (explain)
            {
                header.Add("parse");
            }

            header.Add("explanation");
            await output.WriteLineAsync(string.Join(',', header));
        }

        var rows = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var name = line.Trim();
            var verdict = name.Length == 0
                ? new ComplianceVerdict(name, ComplianceStatus.Unknown, EmptyName, [])
                {
                    Rules =
                    [
                        .. constraints.Select(c => new RuleVerdict(c.Tag(), ComplianceStatus.Unknown, EmptyName)),
                        .. policy.Request.Allergies.Select(
                            a => new RuleVerdict(a.Label, ComplianceStatus.Unknown, EmptyName))
                    ],
                }
                : policy.Check(name);
            var perConstraint = verdict.Rules.Take(constraints.Count).Select(r => Cell(r, policy.Lenient)).ToList();
            var allergyRules = verdict.Rules.Skip(constraints.Count).ToList();
            var allergyCell = allergyRules.Any(r => Cell(r, policy.Lenient) == "forbidden") ? "forbidden"
                : allergyRules.Any(r => Cell(r, policy.Lenient) == "unknown") ? "unknown" : "allowed";
            if (json)
            {
                await output.WriteAsync(rows == 0 ? "\n" : ",\n");
                await output.WriteAsync(JsonRow(
                    line,
                    constraints,
                    perConstraint,
                    hasAllergies ? allergyCell : null,
                    verdict,
                    policy.Lenient,
                    explain));
            }
            else
            {
                var cells = new List<string> { Csv(line) };
                cells.AddRange(perConstraint);
                if (hasAllergies)
                {
                    cells.Add(allergyCell);
                }

                if (explain)
                {
                    cells.Add(Csv(Parse(verdict.Classification)));
                }

                cells.Add(Csv(verdict.Reason));
                await output.WriteLineAsync(string.Join(',', cells));
            }

            rows++;
        }

        if (json)
        {
            await output.WriteLineAsync(rows == 0 ? "]" : "\n]");
        }

        await output.FlushAsync(cancellationToken);
        return rows;
    }

    /// <summary>How a name was read: "words: chicken stock cube; 'chicken stock' (food) → Meat, may contain
    /// Celery".</summary>
    public static string Parse(IngredientClassification? classification)
    {
        if (classification is null)
        {
            return "words: (none)";
        }

        var words = classification.Words.Count == 0 ? "(none)" : string.Join(' ', classification.Words);
        var parts = new List<string> { $"words: {words}" };
        foreach (var e in classification.Evidence)
        {
            var gives = e.Traits == IngredientTraits.None ? "nothing restricted" : e.Traits.ToString();
            var may = e.MayContain == IngredientTraits.None ? string.Empty : $", may contain {e.MayContain}";
            parts.Add(e.Rule == "unknown word"
                ? $"'{e.Words}' (unknown word)"
                : $"'{e.Words}' ({e.Rule}) → {gives}{may}");
        }

        return string.Join("; ", parts);
    }

    private static string JsonRow(
        string name,
        IReadOnlyList<DietaryConstraint> constraints,
        List<string> cells,
        string? allergies,
        ComplianceVerdict verdict,
        bool lenient,
        bool explain)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Json.ReadableJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("name", name);
            for (var i = 0; i < constraints.Count; i++)
            {
                writer.WriteString(constraints[i].Tag(), cells[i]);
            }

            if (allergies is not null)
            {
                writer.WriteString("allergies", allergies);
            }

            var status = verdict.Status == ComplianceStatus.MayContain
                ? (lenient ? "may_contain_allowed" : "may_contain")
                : verdict.Status.ToString().ToLowerInvariant();
            writer.WriteString("status", status);
            if (explain)
            {
                WriteParse(writer, verdict.Classification);
            }

            writer.WriteString("explanation", verdict.Reason);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteParse(Utf8JsonWriter writer, IngredientClassification? classification)
    {
        writer.WriteStartObject("parse");
        writer.WriteStartArray("words");
        foreach (var word in classification?.Words ?? [])
        {
            writer.WriteStringValue(word);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("read");
        foreach (var e in classification?.Evidence ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("words", e.Words);
            writer.WriteString("rule", e.Rule);
            writer.WriteString("traits", e.Traits.ToString());
            writer.WriteString("may_contain", e.MayContain.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
