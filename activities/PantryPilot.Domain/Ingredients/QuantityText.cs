using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PantryPilot.Domain.Ingredients;

/// <summary>The character-level part of the quantity grammar: unicode fractions and dashes folded, brackets taken
/// apart (stray ones dropped), tokens, and numbers written back as a cook writes them.</summary>
internal static partial class QuantityText
{
    private static readonly (char Glyph, string Fraction)[] Vulgar =
    [
        ('½', "1/2"), ('⅓', "1/3"), ('⅔', "2/3"), ('¼', "1/4"), ('¾', "3/4"), ('⅕', "1/5"), ('⅖', "2/5"), ('⅗', "3/5"),
        ('⅘', "4/5"), ('⅙', "1/6"), ('⅚', "5/6"), ('⅛', "1/8"), ('⅜', "3/8"), ('⅝', "5/8"), ('⅞', "7/8"),
    ];

    /// <summary>"1½ cups" → "1 1/2 cups"; dashes to '-', square and curly brackets to round, whitespace to one
    /// space.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var vulgar = Array.FindIndex(Vulgar, v => v.Glyph == c);
            if (vulgar >= 0)
            {
                if (builder.Length > 0 && char.IsDigit(builder[^1]))
                {
                    builder.Append(' ');
                }

                builder.Append(Vulgar[vulgar].Fraction);
                continue;
            }

            builder.Append(c switch
            {
                '⁄' or '∕' => '/',
                '–' or '—' or '−' or '‐' or '‑' => '-',
                '[' or '{' => '(',
                ']' or '}' => ')',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            });
        }

        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    /// <summary>The text outside brackets (each group replaced by a space) and the top-level groups' contents, in
    /// order. A bracket without its partner is dropped ("salt)" is salt).</summary>
    public static (string Outside, List<string> Groups) Brackets(string text)
    {
        var partner = new int[text.Length];
        Array.Fill(partner, -1);
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                open.Push(i);
            }
            else if (text[i] == ')' && open.Count > 0)
            {
                var start = open.Pop();
                partner[start] = i;
                partner[i] = start;
            }
        }

        var outside = new StringBuilder(text.Length);
        var groups = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '(' or ')' && partner[i] < 0)
            {
                outside.Append(' ');
            }
            else if (text[i] == '(')
            {
                groups.Add(text[(i + 1)..partner[i]].Trim());
                outside.Append(' ');
                i = partner[i];
            }
            else
            {
                outside.Append(text[i]);
            }
        }

        return (Spaces().Replace(outside.ToString(), " ").Trim(), groups);
    }

    public static List<QuantityToken> Tokenize(string text)
    {
        var tokens = new List<QuantityToken>();
        foreach (Match match in Token().Matches(text))
        {
            var value = match.Groups["num"].Success ? NumberValue(match.Value) : double.NaN;
            var kind = match.Groups["num"].Success ? QuantityTokenKind.Number
                : match.Groups["word"].Success ? QuantityTokenKind.Word
                : QuantityTokenKind.Symbol;
            tokens.Add(new QuantityToken(kind, match.Value, value, match.Index, match.Index + match.Length));
        }

        return tokens;
    }

    /// <summary>"juice of 1 lemon" → ("juice", "1 lemon"); null for any other line.</summary>
    public static (string What, string Fruit)? PartOf(string text)
    {
        var match = Part().Match(text);
        return match.Success ? (match.Groups["what"].Value.ToLowerInvariant(), match.Groups["rest"].Value) : null;
    }

    /// <summary>A number standing alone in what should be a name ("rice 2..3 cups"), or null.</summary>
    public static string? StrayNumber(string name)
    {
        foreach (var token in Tokenize(name))
        {
            if (token.Kind == QuantityTokenKind.Number && (token.Start == 0 || name[token.Start - 1] == ' '))
            {
                return name[token.Start..].Split(' ', 2)[0];
            }
        }

        return null;
    }

    /// <summary>2 → "2", 1.5 → "1 1/2", 0.25 → "1/4", 0.2 → "0.2": halves, thirds, quarters and eighths as
    /// fractions.</summary>
    public static string Number(double value)
    {
        var whole = Math.Floor(value);
        var fraction = value - whole;
        if (fraction < 1e-9)
        {
            return whole.ToString("0", CultureInfo.InvariantCulture);
        }

        foreach (var denominator in new[] { 2, 3, 4, 8 })
        {
            var numerator = Math.Round(fraction * denominator);
            if (Math.Abs((fraction * denominator) - numerator) < 1e-9 && numerator > 0 && numerator < denominator)
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"{numerator}/{denominator}");
                return whole > 0 ? string.Create(CultureInfo.InvariantCulture, $"{whole} {text}") : text;
            }
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static double NumberValue(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        var numerator = double.Parse(text[..slash], NumberStyles.Float, CultureInfo.InvariantCulture);
        var denominator = double.Parse(text[(slash + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture);
        return denominator == 0 ? double.NaN : numerator / denominator;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(
        @"^\s*(?:the\s+)?(?:finely\s+|freshly\s+)?(?:grated\s+|squeezed\s+)?"
        + @"(?<what>(?:zest|juice)(?:\s+and\s+(?:zest|juice))?)\s+of\s+(?<rest>.*\S.*)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Part();

    [GeneratedRegex(
        @"(?<num>\d+(?:\.\d+)?/\d+(?:\.\d+)?|\d*\.\d+|\d+)"
        + @"|(?<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?)"
        + @"|(?<sym>[^\s\w]|_)")]
    private static partial Regex Token();
}
