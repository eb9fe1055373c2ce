using System.Globalization;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>An ingredient line as people write it ("2 cups rice", "lentils (250g)", "2 cloves garlic, minced")
/// read into a name and, when stated, an amount in a canonical unit.</summary>
public static partial class IngredientText
{
    private static readonly HashSet<string> MeasureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "cup", "cups", "c", "tbsp", "tbsps", "tablespoon", "tablespoons", "tsp", "tsps", "teaspoon", "teaspoons", "g", "gram", "grams",
        "kg", "kgs", "kilogram", "kilograms", "mg", "ml", "milliliter", "milliliters", "millilitre", "millilitres", "l", "liter", "liters",
        "litre", "litres", "oz", "ounce", "ounces", "lb", "lbs", "pound", "pounds", "clove", "cloves", "can", "cans", "tin", "tins",
        "pinch", "pinches", "handful", "handfuls", "bunch", "bunches", "slice", "slices", "piece", "pieces", "pcs", "pc", "stalk", "stalks",
        "sprig", "sprigs", "head", "heads", "packet", "packets", "pack", "packs", "jar", "jars", "dash", "dashes", "small", "medium", "large",
        "of", "x",
    };

    private static readonly string[] Trailing = ["to taste", "as needed", "for garnish", "for serving", "optional"];

    /// <summary>The ingredient's name: amounts, measures, sizes, parenthesised notes and ", prepared how" removed.</summary>
    public static string Name(string text) => Parse(text).Name;

    public static (string Name, double? Amount, string? Unit) Parse(string text)
    {
        var rest = text.Trim();
        double? amount = null;
        string? unit = null;

        // "lentils (250g)": a parenthesised amount counts when nothing before it did.
        var paren = ParenAmount().Match(rest);
        rest = Parenthesised().Replace(rest, " ");
        var comma = rest.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            rest = rest[..comma];
        }

        foreach (var trailing in Trailing)
        {
            if (rest.EndsWith(trailing, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[..^trailing.Length];
            }
        }

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var i = 0;
        if (i < words.Count && TryAmount(words[i], out var leading, out var attachedUnit))
        {
            amount = leading;
            unit = attachedUnit;
            i++;
            if (i < words.Count && TryAmount(words[i], out var fraction, out _) && fraction < 1)
            {
                amount += fraction;
                i++;
            }
        }

        while (i < words.Count - 1 && MeasureWords.Contains(words[i]))
        {
            if (unit is null && UnitNormalizer.TryGetFactor(words[i], out _))
            {
                unit = words[i];
            }

            i++;
        }

        if (amount is null && paren.Success && TryAmount(paren.Groups[1].Value, out var inParen, out var parenUnit))
        {
            amount = inParen;
            unit = parenUnit ?? (paren.Groups[2].Success ? paren.Groups[2].Value : null);
        }

        var name = string.Join(' ', words.Skip(i)).Trim().Trim('.', ';', ':').Trim();
        return (name.Length == 0 ? text.Trim() : name, amount, unit);
    }

    /// <summary>The amount in g/ml/pcs for the serving schema; a bare count is pieces, nothing stated is 0 pcs.</summary>
    public static AnswerIngredient ToAnswerIngredient(string text)
    {
        var (name, amount, unit) = Parse(text);
        if (amount is null)
        {
            return new AnswerIngredient(name, 0, "pcs");
        }

        if (unit is null)
        {
            return new AnswerIngredient(name, Math.Ceiling(amount.Value), "pcs");
        }

        var conversion = UnitNormalizer.Normalize(amount.Value, unit);
        return conversion.Success
            ? new AnswerIngredient(name, Math.Ceiling(conversion.Value), conversion.Unit.Symbol())
            : new AnswerIngredient(name, Math.Ceiling(amount.Value), "pcs");
    }

    private static bool TryAmount(string word, out double amount, out string? unit)
    {
        unit = null;
        var m = AmountWord().Match(word);
        if (!m.Success)
        {
            amount = 0;
            return false;
        }

        amount = m.Groups["frac"].Success
            ? double.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture) / double.Parse(m.Groups["den"].Value, CultureInfo.InvariantCulture)
            : m.Groups["uni"].Success ? Vulgar(m.Groups["uni"].Value[0])
            : double.Parse(m.Groups["dec"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["unit"].Success && UnitNormalizer.TryGetFactor(m.Groups["unit"].Value, out _))
        {
            unit = m.Groups["unit"].Value;
        }

        return amount > 0;
    }

    private static double Vulgar(char c) => c switch
    {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        _ => 0,
    };

    [GeneratedRegex(@"^(?:(?<frac>(?<num>\d+)/(?<den>\d+))|(?<uni>[½¼¾⅓⅔])|(?<dec>\d+(?:\.\d+)?)(?:-\d+(?:\.\d+)?)?)(?<unit>[a-zA-Z]+)?$")]
    private static partial Regex AmountWord();

    [GeneratedRegex(@"\(\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]+)?\s*\)")]
    private static partial Regex ParenAmount();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();
}
