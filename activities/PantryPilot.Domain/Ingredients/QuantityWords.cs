using System.Collections.Frozen;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Ingredients;

/// <summary>The words of the quantity grammar. Measures the unit converter knows (g, cup, tbsp, oz, ...) come from
/// <see cref="UnitNormalizer"/>; the kitchen's counted measures and sizes are listed here. Volumes of a pinch and a
/// dash follow US cookbook convention (a dash is 1/8 tsp, a pinch 1/16 tsp: e.g. the US measuring-spoon sets sold with
/// "dash, pinch, smidgen" spoons).</summary>
internal static class QuantityWords
{
    /// <summary>Measures counted as pieces of what follows ("2 cloves garlic", "1 can tomatoes").</summary>
    public static readonly FrozenSet<string> Counted = new[]
    {
        "clove", "can", "tin", "jar", "slice", "bunch", "sprig", "stalk", "stick", "head", "handful", "sheet", "bag",
        "bottle", "box", "carton", "cube", "knob", "rasher", "scoop", "sachet", "envelope", "ear", "bulb", "rib",
        "spear", "square", "bar", "loaf", "block", "fillet", "strip", "wedge", "packet", "pack", "package", "tub",
        "pot", "punnet", "leaf", "piece", "pinch", "dash", "drop", "dollop", "inch", "thumb", "pod", "cm",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Counted measures that hold a stated size: "1 (400 g) can" is 400 g.</summary>
    public static readonly FrozenSet<string> Containers = new[]
    {
        "can", "tin", "jar", "bag", "bottle", "box", "carton", "packet", "pack", "package", "tub", "pot", "punnet",
        "block", "sachet", "envelope",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lengths a cook cuts ginger or cinnamon to ("1-inch piece").</summary>
    public static readonly FrozenSet<string> Lengths = new[] { "inch", "thumb",
        "cm" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Small measures with a volume by convention (ml per one).</summary>
    public static readonly FrozenDictionary<string, double> SmallVolumes =
        new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["pinch"] = 4.92892 / 16,
            ["dash"] = 4.92892 / 8,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Measure words that may follow the name ("3 garlic cloves", "4 celery stalks").</summary>
    public static readonly FrozenSet<string> TrailingMeasures = new[]
    {
        "clove", "stalk", "sprig", "rasher", "slice", "head", "bulb", "spear",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Measure words that follow the name only after a plant food ("6 sage leaves", "4 celery ribs", "2
    /// cinnamon sticks", "4 cardamom pods"; not "beef ribs", and not "bay leaves", which is a food itself).</summary>
    public static readonly FrozenSet<string> TrailingPlantMeasures = new[] { "leaf", "rib", "stick",
        "pod" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Size words that stand in for a unit ("1 medium onion") or describe one ("2 heaped tbsp").</summary>
    public static readonly FrozenSet<string> Sizes = new[]
    {
        "small", "medium", "large", "big", "extra-large", "x-large", "xl", "jumbo", "heaping", "heaped", "level",
        "rounded", "scant", "generous", "good", "thick", "thin", "medium-sized", "large-sized", "small-sized", "whole",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Numbers written as words.</summary>
    public static readonly FrozenDictionary<string, double> Numbers =
        new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["a"] = 1,
            ["an"] = 1,
            ["one"] = 1,
            ["two"] = 2,
            ["three"] = 3,
            ["four"] = 4,
            ["five"] = 5,
            ["six"] = 6,
            ["seven"] = 7,
            ["eight"] = 8,
            ["nine"] = 9,
            ["ten"] = 10,
            ["eleven"] = 11,
            ["twelve"] = 12,
            ["dozen"] = 12,
            ["half"] = 0.5,
            ["quarter"] = 0.25,
            ["couple"] = 2,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Amounts people write that are no number: kept verbatim and flagged.</summary>
    public static readonly FrozenSet<string> Vague = new[]
    {
        "few", "some", "several", "little", "bit", "handfuls", "lots", "plenty", "splash", "drizzle", "sprinkle",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before an amount that do not change it ("about 200 g").</summary>
    public static readonly FrozenSet<string> Approximately = new[]
    {
        "about", "approx", "approximately", "roughly", "around", "~", "circa", "ca", "almost", "nearly", "just", "over",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Trailing phrases that say how much without an amount, kept as notes (longest first).</summary>
    public static readonly string[] TrailingNotes =
    [
        "or to taste", "to taste", "as needed", "as required", "as desired", "if needed", "if desired", "for garnish",
        "for garnishing", "for serving", "to serve", "to garnish", "for frying", "for greasing", "for drizzling",
        "for dusting", "for topping", "optional", "divided", "or more", "at room temperature",
    ];

    /// <summary>"2 cups", "cups", "Tbsp.", "fl oz": the singular, lower-case spelling of a measure word, or
    /// null.</summary>
    public static string? Measure(string word)
    {
        var folded = word.TrimEnd('.').ToLowerInvariant();
        if (folded.Length == 0)
        {
            return null;
        }

        if (Counted.Contains(folded) || UnitNormalizer.TryGetFactor(folded, out _))
        {
            return folded;
        }

        foreach (var singular in Singulars(folded))
        {
            if (Counted.Contains(singular))
            {
                return singular;
            }
        }

        return null;
    }

    private static IEnumerable<string> Singulars(string word)
    {
        if (word == "leaves")
        {
            yield return "leaf";
        }

        if (word == "loaves")
        {
            yield return "loaf";
        }

        if (word.EndsWith("es", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }

        if (word.EndsWith('s'))
        {
            yield return word[..^1];
        }
    }
}
