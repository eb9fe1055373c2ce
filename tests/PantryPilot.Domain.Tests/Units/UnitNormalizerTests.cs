using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Units;

public class UnitNormalizerTests
{
    [Theory]
    [InlineData("g", 1, CanonicalUnit.Gram)]
    [InlineData("kg", 1000, CanonicalUnit.Gram)]
    [InlineData("Kgs", 1000, CanonicalUnit.Gram)]
    [InlineData(" KG ", 1000, CanonicalUnit.Gram)]
    [InlineData("kilograms", 1000, CanonicalUnit.Gram)]
    [InlineData("mg", 0.001, CanonicalUnit.Gram)]
    [InlineData("lb", 453.59237, CanonicalUnit.Gram)]
    [InlineData("lbs", 453.59237, CanonicalUnit.Gram)]
    [InlineData("LB.", 453.59237, CanonicalUnit.Gram)]
    [InlineData("pounds", 453.59237, CanonicalUnit.Gram)]
    [InlineData("oz", 28.349523125, CanonicalUnit.Gram)]
    [InlineData("ounces", 28.349523125, CanonicalUnit.Gram)]
    [InlineData("L", 1000, CanonicalUnit.Millilitre)]
    [InlineData("l", 1000, CanonicalUnit.Millilitre)]
    [InlineData("litre", 1000, CanonicalUnit.Millilitre)]
    [InlineData("Liters", 1000, CanonicalUnit.Millilitre)]
    [InlineData("ml", 1, CanonicalUnit.Millilitre)]
    [InlineData("mL", 1, CanonicalUnit.Millilitre)]
    [InlineData("millilitres", 1, CanonicalUnit.Millilitre)]
    [InlineData("fl oz", 29.5735295625, CanonicalUnit.Millilitre)]
    [InlineData("fl. oz", 29.5735295625, CanonicalUnit.Millilitre)]
    [InlineData("FL  OZ", 29.5735295625, CanonicalUnit.Millilitre)]
    [InlineData("floz", 29.5735295625, CanonicalUnit.Millilitre)]
    [InlineData("cup", 236.5882365, CanonicalUnit.Millilitre)]
    [InlineData("Cups", 236.5882365, CanonicalUnit.Millilitre)]
    [InlineData("tbsp", 14.78676478125, CanonicalUnit.Millilitre)]
    [InlineData("Tbsp.", 14.78676478125, CanonicalUnit.Millilitre)]
    [InlineData("tablespoons", 14.78676478125, CanonicalUnit.Millilitre)]
    [InlineData("tsp", 4.92892159375, CanonicalUnit.Millilitre)]
    [InlineData("teaspoons", 4.92892159375, CanonicalUnit.Millilitre)]
    [InlineData("gallon", 3785.411784, CanonicalUnit.Millilitre)]
    [InlineData("pcs", 1, CanonicalUnit.Piece)]
    [InlineData("pc", 1, CanonicalUnit.Piece)]
    [InlineData("pieces", 1, CanonicalUnit.Piece)]
    [InlineData("Each", 1, CanonicalUnit.Piece)]
    [InlineData("pack", 1, CanonicalUnit.Piece)]
    [InlineData("packs", 1, CanonicalUnit.Piece)]
    [InlineData("dozen", 12, CanonicalUnit.Piece)]
    [InlineData("Dozens", 12, CanonicalUnit.Piece)]
    public void Normalize_KnownSpelling_ConvertsToCanonical(string unit, double perUnit, CanonicalUnit expected)
    {
        var result = UnitNormalizer.Normalize(2.5, unit);

        Assert.True(result.Success, result.Error);
        Assert.Equal(expected, result.Unit);
        Assert.Equal(2.5 * perUnit, result.Value, 6);
    }

    [Theory]
    [InlineData("bushel")]
    [InlineData("handful")]
    [InlineData("smidgen")]
    [InlineData("kgg")]
    [InlineData("s")]
    public void Normalize_UnknownUnit_FailsNamingTheUnit(string unit)
    {
        var result = UnitNormalizer.Normalize(1, unit);

        Assert.False(result.Success);
        Assert.Contains($"'{unit}'", result.Error, StringComparison.Ordinal);
        Assert.True(double.IsNaN(result.Value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("..")]
    public void Normalize_EmptyUnit_Fails(string? unit)
    {
        var result = UnitNormalizer.Normalize(1, unit);

        Assert.False(result.Success);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public void Normalize_PackWithKnownPackSize_UsesPiecesPerPack()
    {
        var result = UnitNormalizer.Normalize(2, "pack", piecesPerPack: 10);

        Assert.Equal(20, result.Value);
        Assert.Equal(CanonicalUnit.Piece, result.Unit);
    }

    [Fact]
    public void Normalize_PackSizeIgnoredForOtherUnits()
    {
        Assert.Equal(24, UnitNormalizer.Normalize(2, "dozen", piecesPerPack: 10).Value);
        Assert.Equal(2000, UnitNormalizer.Normalize(2, "kg", piecesPerPack: 10).Value);
    }

    [Fact]
    public void Normalize_NaNQuantity_Fails()
    {
        Assert.False(UnitNormalizer.Normalize(double.NaN, "kg").Success);
    }

    [Fact]
    public void KnownSpellings_EveryOneConverts()
    {
        foreach (var spelling in UnitNormalizer.KnownSpellings)
        {
            Assert.True(UnitNormalizer.TryGetFactor(spelling, out var factor), spelling);
            Assert.True(factor.Factor > 0, spelling);
        }
    }
}
