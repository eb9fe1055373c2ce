namespace PantryPilot.Inference.Evaluation;

/// <summary>
/// The compliance harness's second check, written apart from the ontology: plain word lists per constraint and
/// allergen (<c>independent-judge-words.txt</c>), whole-word matching, a few 'safe' phrases. It shares no code or data
/// with <see cref="PantryPilot.Domain.Ontology.IngredientOntology"/>, so a gap in one is not silently a gap in both.
/// </summary>
public sealed class IndependentJudge
{
    private static readonly Lazy<IndependentJudge> Shipped = new(() => new IndependentJudge(ReadShipped()));
    private readonly Dictionary<string, (List<string[]> Words, List<string[]> Safe)> sections =
        new(StringComparer.Ordinal);

    public IndependentJudge(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                raw[line[1..^1]] = current;
                continue;
            }

            (current ?? throw new FormatException($"judge word list: '{line}' before any [section]")).Add(line);
        }

        foreach (var (name, lines) in raw)
        {
            sections[name] = Expand(name, lines, raw, 0);
        }
    }

    public static IndependentJudge Default => Shipped.Value;

    /// <summary>The rules broken by <paramref name="name"/> for the constraint tags and allergy texts given, as
    /// "vegetarian: 'chicken'" strings; empty when the word lists see nothing.</summary>
    public IReadOnlyList<string> Violations(
        string name,
        IEnumerable<string> constraintTags,
        IEnumerable<string> allergies)
    {
        ArgumentNullException.ThrowIfNull(name);
        var found = new List<string>();
        foreach (var tag in constraintTags)
        {
            if (sections.TryGetValue(tag, out var list) && Match(name, list) is { } hit)
            {
                found.Add($"{tag}: '{hit}'");
            }
        }

        foreach (var allergy in allergies)
        {
            var text = allergy.ToLowerInvariant();
            var allergyWords = Words(text);
            var keyed = sections.Where(s => s.Key.StartsWith("allergen:", StringComparison.Ordinal)
                && allergyWords.Any(w => w.StartsWith(s.Key["allergen:".Length..], StringComparison.Ordinal))).ToList();
            var lists = keyed.Count > 0
                ? keyed.Select(k => k.Value).ToList()
                :
                [
                    (Words(text)
                        .Where(w => w.Length > 2
                            && w is not ("allergy" or "allergic" or "intolerant" or "intolerance"))
                        .Select(w => new[] { w })
                        .ToList(),
                    new List<string[]>()),
                ];
            foreach (var list in lists)
            {
                if (Match(name, list) is { } hit)
                {
                    found.Add($"allergy {allergy}: '{hit}'");
                    break;
                }
            }
        }

        return found;
    }

    private static string? Match(string name, (List<string[]> Words, List<string[]> Safe) list)
    {
        var words = Words(name);
        foreach (var safe in list.Safe)
        {
            for (var i = 0; i + safe.Length <= words.Count; i++)
            {
                if (safe.Select((w, k) => Same(words[i + k], w)).All(x => x))
                {
                    words.RemoveRange(i, safe.Length);
                    i--;
                }
            }
        }

        foreach (var entry in list.Words)
        {
            for (var i = 0; i + entry.Length <= words.Count; i++)
            {
                if (entry.Select((w, k) => Same(words[i + k], w)).All(x => x))
                {
                    return string.Join(' ', entry);
                }
            }
        }

        return null;
    }

    private static bool Same(string word, string listed) =>
        word == listed
            || word == listed + "s"
            || word == listed + "es"
            || (listed.EndsWith('y') && word == listed[..^1] + "ies");

    private static List<string> Words(string text)
    {
        var folded = new string(text.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' ? c : ' ').ToArray());
        return folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static (List<string[]> Words, List<string[]> Safe) Expand(
        string name,
        List<string> lines,
        Dictionary<string, List<string>> raw,
        int depth)
    {
        if (depth > 4)
        {
            throw new FormatException($"judge word list: section [{name}] refers to itself");
        }

        var words = new List<string[]>();
        var safe = new List<string[]>();
        foreach (var line in lines)
        {
            if (line.StartsWith("safe:", StringComparison.Ordinal))
            {
                safe.Add(Words(line["safe:".Length..]).ToArray());
                continue;
            }

            foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.StartsWith('@'))
                {
                    var (w, s) = Expand(
                        token[1..],
                        raw.TryGetValue(token[1..], out var referenced)
                            ? referenced
                            : throw new FormatException($"judge word list: unknown section {token}"),
                        raw,
                        depth + 1);
                    words.AddRange(w);
                    safe.AddRange(s);
                }
                else
                {
                    words.Add(token.Split('_'));
                }
            }
        }

        return (words, safe);
    }

    private static string ReadShipped()
    {
        var assembly = typeof(IndependentJudge).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .Single(n => n.EndsWith("independent-judge-words.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
