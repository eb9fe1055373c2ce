using System.Globalization;
using PantryPilot.Domain.Units;
using UnitsNet;

namespace PantryPilot.Domain.Shopping;

/// <summary>Writes a canonical quantity in a household's units (UnitsNet does the arithmetic): metric g/kg and
/// ml/L; imperial oz/lb and US fl oz/gal; pieces as pieces. The larger unit from one of it up; at most two
/// decimals.</summary>
public static class HouseholdQuantity
{
    public static string Format(double quantity, CanonicalUnit unit, UnitSystem system) => (unit, system) switch
    {
        (CanonicalUnit.Gram, UnitSystem.Metric) =>
            quantity >= 1000 ? $"{N(Mass.FromGrams(quantity).Kilograms)} kg" : $"{N(quantity)} g",
        (CanonicalUnit.Gram, _) =>
            Mass.FromGrams(quantity) is var m && m.Pounds >= 1 ? $"{N(m.Pounds)} lb" : $"{N(m.Ounces)} oz",
        (CanonicalUnit.Millilitre, UnitSystem.Metric) =>
            quantity >= 1000 ? $"{N(Volume.FromMilliliters(quantity).Liters)} L" : $"{N(quantity)} ml",
        (CanonicalUnit.Millilitre, _) =>
            Volume.FromMilliliters(quantity) is var v && v.UsGallons >= 1
                ? $"{N(v.UsGallons)} gal"
                : $"{N(v.UsOunces)} fl oz",
        _ => $"{N(quantity)} pcs",
    };

    /// <summary>"2 x 500 g", "500 g" for one pack, the plain quantity without a pack size.</summary>
    public static string Packs(int packs, double? packSize, double quantity, CanonicalUnit unit, UnitSystem system) =>
        packSize is { } size && packs > 1
            ? $"{packs.ToString(CultureInfo.InvariantCulture)} x {Format(size, unit, system)}"
            : Format(quantity, unit, system);

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
