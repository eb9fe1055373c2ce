using System.Globalization;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Households;

/// <summary>Checks one field of household input at a time, each problem naming its field.</summary>
public static class StockInput
{
    /// <summary>Null when <paramref name="name"/> is a usable item name.</summary>
    public static StockProblem? CheckName(string? name, string field)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new(StockProblemKind.InvalidName, $"{field}: an item needs a name");
        }

        return name.Length > StockLimits.MaxNameLength
            ? new(
                StockProblemKind.InvalidName,
                $"{field}: {name.Length.ToString("N0", CultureInfo.InvariantCulture)} characters (limit "
                + $"{StockLimits.MaxNameLength}); '{name[..40]}...' is not an item name")
            : null;
    }

    /// <summary>Reads a quantity and its unit: the amount in g, ml or pcs, or the problem (unknown unit, not a positive
    /// number, absurdly large). <paramref name="field"/> is the line's path ("lines[2]").</summary>
    public static (CanonicalAmount? Amount, StockProblem? Problem) ReadAmount(
        double quantity,
        string? unit,
        string field)
    {
        if (!UnitNormalizer.TryGetFactor(unit, out var factor))
        {
            var shown = string.IsNullOrWhiteSpace(unit) ? "no unit" : $"'{Shorten(unit)}' is not a unit";
            return (null, new(
                StockProblemKind.UnknownUnit,
                $"{field}.unit: {shown} (known: g, kg, mg, lb, oz, ml, l, cl, dl, fl oz, cup, tbsp, tsp, gal, qt, pt, "
                + "pcs, pack, dozen)"));
        }

        if (double.IsNaN(quantity) || double.IsInfinity(quantity) || quantity <= 0)
        {
            return (null, new(
                StockProblemKind.InvalidQuantity,
                $"{field}.quantity: {quantity.ToString(CultureInfo.InvariantCulture)} is not a positive amount"));
        }

        var scale = UnitNormalizer.Scale(factor, 1);
        var canonical = quantity * scale;
        if (canonical > StockLimits.MaxCanonicalQuantity)
        {
            var limit = StockLimits.MaxCanonicalQuantity.ToString("N0", CultureInfo.InvariantCulture);
            return (null, new(
                StockProblemKind.InvalidQuantity,
                $"{field}.quantity: {quantity.ToString(CultureInfo.InvariantCulture)} {unit} is "
                + $"{canonical.ToString("G4", CultureInfo.InvariantCulture)} {factor.Canonical.Symbol()}; more than "
                + $"{limit} {factor.Canonical.Symbol()} in one line is not a household amount"));
        }

        return (new CanonicalAmount(canonical, factor.Canonical, scale), null);
    }

    /// <summary>A lot's own unit read the same way; null for a unit the normaliser does not know (such rows come from
    /// other writers of the inventory table: they stay untouched).</summary>
    public static CanonicalAmount? LotAmount(StockLot lot)
    {
        ArgumentNullException.ThrowIfNull(lot);
        return UnitNormalizer.TryGetFactor(lot.Unit, out var factor)
            ? new CanonicalAmount(
                lot.Quantity * UnitNormalizer.Scale(factor, 1),
                factor.Canonical,
                UnitNormalizer.Scale(factor, 1))
            : null;
    }

    /// <summary>The first 40 characters of a long value, for messages.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
