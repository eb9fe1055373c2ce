using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using UnitsNet;

namespace PantryPilot.Domain.Units;

/// <summary>Converts (quantity, unit text) to grams, millilitres or pieces.
/// Spellings are matched ignoring case, dots, surrounding/inner whitespace and a plural "s"/"es"
/// ("Kgs", "lbs", "fl. oz", "Cups", "litre"/"liter", "pieces", "each"). Unknown or empty units fail; nothing passes
/// silently. Factors come from UnitsNet once per spelling and are cached, so the per-row cost is one dictionary lookup.
/// Choices: kitchen volumes are US customary (cup = 236.59 ml, tbsp = 14.79 ml, tsp = 4.93 ml, fl oz = 29.57 ml,
/// gallon/quart/pint US); "oz" alone is the avoirdupois mass ounce (28.35 g); "pack" is one piece per pack unless the
/// caller knows the item's pack size (pieces per pack); "dozen" is 12 pieces.</summary>
public static class UnitNormalizer
{
    private static readonly FrozenDictionary<string, UnitFactor> Canonical = BuildTable();
    private const int MaxCachedSpellings = 4096;
    private static readonly ConcurrentDictionary<string, UnitFactor?> Cache = new(StringComparer.Ordinal);

    /// <summary>Every spelling the normaliser knows after folding (for documentation and tests).</summary>
    public static IReadOnlyCollection<string> KnownSpellings => Canonical.Keys;

    /// <summary>Looks up a unit spelling; <c>false</c> for null, empty or unknown units.</summary>
    public static bool TryGetFactor(string? unit, out UnitFactor factor)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            factor = default;
            return false;
        }

        if (!Cache.TryGetValue(unit, out var cached))
        {
            cached = Resolve(unit);

            // Real files hold a handful of spellings; a column of garbage must not grow the cache without bound.
            if (Cache.Count < MaxCachedSpellings)
            {
                Cache.TryAdd(unit, cached);
            }
        }

        factor = cached.GetValueOrDefault();
        return cached.HasValue;
    }

    /// <summary>Converts a quantity. <paramref name="piecesPerPack"/> applies to "pack" only.</summary>
    public static UnitConversion Normalize(double quantity, string? unit, double piecesPerPack = 1)
    {
        if (!TryGetFactor(unit, out var factor))
        {
            return UnitConversion.Fail(
                string.IsNullOrWhiteSpace(unit) ? "unit is empty" : $"'{unit}' is not a convertible unit");
        }

        if (double.IsNaN(quantity) || double.IsInfinity(quantity))
        {
            return UnitConversion.Fail($"quantity {quantity} is not a number");
        }

        return UnitConversion.Ok(quantity * Scale(factor, piecesPerPack), factor.Canonical);
    }

    /// <summary>The multiplier for one unit, applying the item's pack size to "pack".</summary>
    public static double Scale(UnitFactor factor, double piecesPerPack) =>
        factor.IsPack && piecesPerPack > 0 ? factor.Factor * piecesPerPack : factor.Factor;

    private static UnitFactor? Resolve(string raw)
    {
        var key = Fold(raw);
        if (key.Length == 0)
        {
            return null;
        }

        if (Canonical.TryGetValue(key, out var f))
        {
            return f;
        }

        // Plurals: "cups", "boxes"; "lbs", "kgs", "ozs".
        if (key.EndsWith("es", StringComparison.Ordinal) && Canonical.TryGetValue(key[..^2], out f))
        {
            return f;
        }

        if (key.EndsWith('s') && Canonical.TryGetValue(key[..^1], out f))
        {
            return f;
        }

        return null;
    }

    /// <summary>Lower case, dots removed, whitespace collapsed to one space and trimmed ("Fl. Oz" -> "fl
    /// oz").</summary>
    private static string Fold(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var ch in raw)
        {
            if (ch == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        return sb.ToString();
    }

    private static FrozenDictionary<string, UnitFactor> BuildTable()
    {
        var t = new Dictionary<string, UnitFactor>(StringComparer.Ordinal);

        void Mass(Mass oneUnit, params string[] names) => Add(new(oneUnit.Grams, CanonicalUnit.Gram), names);
        void Vol(
            Volume oneUnit,
            params string[] names) => Add(new(oneUnit.Milliliters, CanonicalUnit.Millilitre), names);
        void Add(UnitFactor f, string[] names)
        {
            foreach (var n in names)
            {
                t.Add(n, f);
            }
        }

        Mass(UnitsNet.Mass.FromGrams(1), "g", "gr", "gram", "gramme");
        Mass(UnitsNet.Mass.FromKilograms(1), "kg", "kilo", "kilogram", "kilogramme");
        Mass(UnitsNet.Mass.FromMilligrams(1), "mg", "milligram");
        Mass(UnitsNet.Mass.FromPounds(1), "lb", "pound");
        Mass(UnitsNet.Mass.FromOunces(1), "oz", "ounce");
        Vol(Volume.FromMilliliters(1), "ml", "millilitre", "milliliter");
        Vol(Volume.FromLiters(1), "l", "litre", "liter", "ltr", "lt");
        Vol(Volume.FromCentiliters(1), "cl", "centilitre", "centiliter");
        Vol(Volume.FromDeciliters(1), "dl", "decilitre", "deciliter");
        Vol(Volume.FromUsOunces(1), "fl oz", "floz", "fluid ounce", "fl ounce");
        Vol(Volume.FromUsCustomaryCups(1), "cup", "c");
        Vol(Volume.FromUsTablespoons(1), "tbsp", "tbs", "tablespoon", "tbl");
        Vol(Volume.FromUsTeaspoons(1), "tsp", "teaspoon");
        Vol(Volume.FromUsGallons(1), "gal", "gallon");
        Vol(Volume.FromUsQuarts(1), "qt", "quart");
        Vol(Volume.FromUsPints(1), "pt", "pint");
        Add(new(1, CanonicalUnit.Piece), ["pcs", "pc", "piece", "each", "ea", "unit", "count", "ct", "item"]);
        Add(new(1, CanonicalUnit.Piece, IsPack: true), ["pack", "pk", "pkg", "package", "packet"]);
        Add(new(12, CanonicalUnit.Piece), ["dozen", "doz", "dz"]);
        return t.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
