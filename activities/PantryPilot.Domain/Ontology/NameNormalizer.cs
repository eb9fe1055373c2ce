using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PantryPilot.Domain.Ontology;

/// <summary>
/// Turns a name as people and receipts write it into plain words: lower case, accents folded ("jalapeño" → jalapeno),
/// possessives dropped ("cow's milk" → cow milk), quantities, units and pack sizes removed ("2 lbs", "200g", "6x330ml",
/// "12ct", "2%", a pack count "80s"). Matching against the table, plurals and abbreviations is
/// <see cref="IngredientOntology"/>'s job.
/// </summary>
public static partial class NameNormalizer
{
    private const string Accented = "àáâãäåāăąÀÁÂÃÄÅĀĂĄçćčÇĆČďĎèéêëēėęěÈÉÊËĒĖĘĚ"
        + "ìíîïīįÌÍÎÏĪĮñńňÑŃŇòóôõöøōÒÓÔÕÖØŌřŘśšşŚŠŞťŤùúûüūůųÙÚÛÜŪŮŲýÿÝžźżŽŹŻğĞłŁ";
    private const string Plain = "aaaaaaaaaAAAAAAAAAcccCCCdDeeeeeeeeEEEEEEEE"
        + "iiiiiiIIIIIInnnNNNoooooooOOOOOOOrRsssSSStTuuuuuuuUUUUUUUyyYzzzZZZgGlL";

    /// <summary>Lower case, accents and ligatures folded, possessive 's dropped.</summary>
    public static string Fold(string text) => Possessive().Replace(FoldLetters(text), string.Empty);

    /// <summary>The words of <paramref name="text"/> written with a possessive 's ("Carr's" → carr): names of makers
    /// and people, never receipt abbreviations.</summary>
    public static HashSet<string> Possessives(string text) =>
        PossessiveWord().Matches(FoldLetters(text)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words of <paramref name="text"/> written with a dropped "e" before a final n ("chick'n" →
    /// chick): makers spell a plant product so to say it is not that food.</summary>
    public static HashSet<string> Elisions(string text) =>
        ElisionWord().Matches(FoldLetters(text)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static string FoldLetters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The build runs with invariant globalization, where Normalize() leaves most accents alone: fold by table.
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = Accented.IndexOf(raw, StringComparison.Ordinal) is var at and >= 0 ? Plain[at] : raw;
            switch (c)
            {
                case 'ß':
                    builder.Append("ss");
                    break;
                case 'æ' or 'Æ':
                    builder.Append("ae");
                    break;
                case 'œ' or 'Œ':
                    builder.Append("oe");
                    break;
                case '’' or '‘' or '`' or '´':
                    builder.Append('\'');
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The token that stands for a list separator (',', ';', '&amp;', '+', '/', brackets).</summary>
    public const string Separator = ",";

    /// <summary>The words of a name with quantities and units removed: "2 lbs Ground-Beef (80/20), Ham" → ground, beef,
    /// ",", ham. Separators survive as <see cref="Separator"/> so a qualifier cannot reach across a list.</summary>
    public static List<string> Tokens(string text)
    {
        // "100 % buckwheat" says the base is all of it: kept as the word "pure" before quantities are removed.
        var whole = WholePercent().Replace(Fold(text), " pure ");
        // "mac 'n' cheese", "rock n' roll": the n stands for "and".
        whole = AndContraction().Replace(whole, " and ");
        // Stryker disable once String : Quantity() only matches between non-letters, so "" and " " give the same
        // tokens.
        var folded = Quantity().Replace(whole, " ");
        var tokens = new List<string>();
        foreach (Match match in Token().Matches(folded))
        {
            // Quantity() has removed every number that stands alone, so a token is a word, a word with digits ("v8"),
            // or a separator.
            var token = match.Value;
            if (char.IsLetterOrDigit(token[0]))
            {
                tokens.Add(token);
            }
            else if (tokens.Count > 0 && tokens[^1] != Separator)
            {
                tokens.Add(Separator);
            }
        }

        if (tokens.Count > 0 && tokens[^1] == Separator)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens;
    }

    [GeneratedRegex(@"(?<![\d.,/])100\s*%")]
    private static partial Regex WholePercent();

    [GeneratedRegex(@"'s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"([a-z0-9]+)'s\b")]
    private static partial Regex PossessiveWord();

    [GeneratedRegex(@"'n'|(?<![a-z0-9])n'(?![a-z0-9])")]
    private static partial Regex AndContraction();

    [GeneratedRegex(@"\b([a-z]{2,})'n\b")]
    private static partial Regex ElisionWord();

    // A number (1, 1.5, 1,5, 1/2, ½-style fractions are folded to 1⁄2 by FormKD) with an optional multiplier and unit.
    [GeneratedRegex(
        @"(?<![a-z0-9])(?:x\s*)?(?:\d+(?:[.,/⁄]\d+)?\s*x\s*)?\d+(?:[.,/⁄]\d+)?"
        + @"\s*(?:kgs?|kilos?|g|gr|grams?|gm|mg|lbs?|pounds?|oz|ounces?|ml|cl|dl|l|lt|ltr|litres?|liters?"
        + @"|fl\s*oz|pk|packs?|pcs?|pieces?|ct|count|x|doz|dozen|%"
        + @"|cans?|tins?|jars?|bags?|bottles?|boxes?|qt|pt|gal|servings?|slices?|in|inch|cm|mm|s)?(?![a-z])")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"[a-z0-9]+|[,;&+/()\[\]|]")]
    private static partial Regex Token();
}
