using System.Globalization;
using System.Text;

namespace PantryPilot.Domain.Ontology;

/// <summary>
/// Classifies ingredient names with <see cref="IngredientTable"/>: case-insensitive, plural-aware, whole words,
/// longest compound term first. A name with any word the table does not cover is Unknown — never silently allowed.
/// </summary>
public sealed class IngredientOntology
{
    private readonly Dictionary<string, IngredientTraits> terms = new(StringComparer.Ordinal);
    private readonly int longestTermWords;

    public IngredientOntology(string tableText)
    {
        var lineNumber = 0;
        foreach (var rawLine in tableText.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('|');
            if (parts.Length < 2)
            {
                throw new FormatException($"ingredient table line {lineNumber}: expected 'term | traits | why', got '{line}'");
            }

            var term = string.Join(' ', Words(parts[0]));
            terms[term] = ParseTraits(parts[1], lineNumber);
            longestTermWords = Math.Max(longestTermWords, term.Split(' ').Length);
        }
    }

    /// <summary>The ontology built from the shipped table.</summary>
    public static IngredientOntology Default { get; } = new(IngredientTable.Text);

    public int TermCount => terms.Count;

    public IngredientClassification Classify(string name)
    {
        var words = Words(name);
        var matched = new List<string>();
        var unknown = new List<string>();
        var traits = IngredientTraits.None;
        var i = 0;
        while (i < words.Count)
        {
            var (length, term) = LongestTermAt(words, i);
            if (length > 0)
            {
                matched.Add(term!);
                traits |= terms[term!];
                i += length;
                continue;
            }

            if (!IngredientTable.Descriptors.Contains(words[i]) && !IsNumber(words[i]))
            {
                unknown.Add(words[i]);
            }

            i++;
        }

        var known = matched.Count > 0 && unknown.Count == 0;
        return new IngredientClassification(name, known, traits, matched, unknown);
    }

    /// <summary>Lower-case, singular words of a name: "Chicken Stocks (low-sodium)" → chicken, stock, low, sodium.</summary>
    public static List<string> Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return builder.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Singular)
            .ToList();
    }

    /// <summary>English plural to singular for ingredient words; errs towards leaving a word alone.</summary>
    public static string Singular(string word)
    {
        if (word.Length <= 3 || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("oes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }

    private (int Length, string? Term) LongestTermAt(List<string> words, int start)
    {
        for (var length = Math.Min(longestTermWords, words.Count - start); length > 0; length--)
        {
            var candidate = string.Join(' ', words.Skip(start).Take(length));
            if (terms.ContainsKey(candidate))
            {
                return (length, candidate);
            }
        }

        return (0, null);
    }

    private static bool IsNumber(string word) => double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static IngredientTraits ParseTraits(string text, int lineNumber)
    {
        var traits = IngredientTraits.None;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!Enum.TryParse<IngredientTraits>(token, ignoreCase: false, out var trait))
            {
                throw new FormatException($"ingredient table line {lineNumber}: unknown trait '{token}'");
            }

            traits |= trait;
        }

        return traits;
    }
}
