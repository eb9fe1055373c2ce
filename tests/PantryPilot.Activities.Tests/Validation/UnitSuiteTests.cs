using System.Text.RegularExpressions;
using CsCheck;
using PantryPilot.Activities.Validation;
using PantryPilot.Domain.Expectations;
using PantryPilot.Domain.Units;

namespace PantryPilot.Activities.Tests.Validation;

/// <summary>The shipped suites let through exactly the unit spellings transform converts: a dotted "Kg." is neither
/// flagged by validate nor (under the quarantine policy) set aside before transform could convert it, and a spelling
/// transform cannot convert is flagged. The oracle is the unit normalizer itself (the spec of "convertible"), compared
/// with the regex as the suite file holds it; the values of the hand-picked spellings are written by hand.</summary>
public sealed class UnitSuiteTests
{
    public static TheoryData<string> Suites => new() { "inventory.json", "purchase_history.json" };

    private static Regex SuiteUnitRegex(string suite)
    {
        var parsed = ExpectationSuite.LoadFile(Path.Combine(ValidationActivities.ShippedSuitesDir, suite));
        var unit = parsed.Expectations.Single(e => e.Type == "expect_column_values_to_match_regex" && e.Column == "unit");
        return new Regex(unit.Kwargs["regex"]!.GetValue<string>(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public void ShippedSuite_UnitRegex_IsTheOneGeneratedFromTheNormalizer(string suite)
    {
        // When the normalizer learns a spelling, paste UnitSpellingPattern.Pattern into both suites.
        Assert.True(
            SuiteUnitRegex(suite).ToString() == UnitSpellingPattern.Pattern,
            $"{suite}: the unit regex differs from UnitSpellingPattern.Pattern; set it to:\n{UnitSpellingPattern.Pattern}");
    }

    [Theory]
    [InlineData("Kg.", 1000.0, CanonicalUnit.Gram)]
    [InlineData("fl. oz.", 29.5735, CanonicalUnit.Millilitre)]
    [InlineData("Fl.Oz", 29.5735, CanonicalUnit.Millilitre)]
    [InlineData("LBS.", 453.592, CanonicalUnit.Gram)]
    [InlineData(" Tbsp. ", 14.7868, CanonicalUnit.Millilitre)]
    [InlineData("doz.", 12.0, CanonicalUnit.Piece)]
    [InlineData("fl  oz", 29.5735, CanonicalUnit.Millilitre)]
    [InlineData("Litres", 1000.0, CanonicalUnit.Millilitre)]
    public void DottedAndSpacedSpellings_PassTheSuiteAndConvert(string unit, double perUnit, CanonicalUnit canonical)
    {
        foreach (var suite in new[] { "inventory.json", "purchase_history.json" })
        {
            Assert.Matches(SuiteUnitRegex(suite), unit);
        }

        var converted = UnitNormalizer.Normalize(2, unit);
        Assert.True(converted.Success, converted.Error);
        Assert.Equal(canonical, converted.Unit);
        Assert.Equal(2 * perUnit, converted.Value, 0.01);
    }

    [Theory]
    [InlineData("fl-oz")]
    [InlineData("k g")]
    [InlineData("pinch")]
    [InlineData("kgg")]
    [InlineData("..")]
    [InlineData("kg s")]
    public void Unconvertible_IsFlaggedByTheSuiteAndQuarantinedByTransform(string unit)
    {
        Assert.DoesNotMatch(SuiteUnitRegex("inventory.json"), unit);
        Assert.False(UnitNormalizer.Normalize(1, unit).Success);
    }

    /// <summary>Spellings built from the normalizer's own list, then dressed as real files write them: any case, dots
    /// anywhere, runs of (Unicode) whitespace inside and around, a plural, and sometimes one character of damage.</summary>
    [Fact]
    public void AnySpelling_SuiteAndNormalizerAgree()
    {
        var regex = SuiteUnitRegex("inventory.json");
        var known = UnitNormalizer.KnownSpellings.ToArray();
        var dressing = Gen.Select(
            Gen.Int[0, known.Length - 1],
            Gen.Int[0, 1 << 20].Array[12],
            Gen.Int[0, 6],
            Gen.Char["axs. \t\u00a0-9"]);
        dressing.Sample((pick, noise, plural, damage) =>
        {
            var text = Dress(known[pick], noise, plural, damage);
            Assert.True(
                regex.IsMatch(text) == UnitNormalizer.TryGetFactor(text, out _),
                $"'{text}': suite {(regex.IsMatch(text) ? "passes" : "flags")} it, the normalizer {(UnitNormalizer.TryGetFactor(text, out _) ? "converts" : "refuses")} it");
        }, iter: 20_000);
    }

    [Fact]
    public void ArbitraryShortText_SuiteAndNormalizerAgree()
    {
        var regex = SuiteUnitRegex("purchase_history.json");
        Gen.Char["gklmostzpcfdeu. \t"].Array[0, 7].Select(c => new string(c)).Sample(text =>
            Assert.True(
                regex.IsMatch(text) == UnitNormalizer.TryGetFactor(text, out _),
                $"'{text}': suite {(regex.IsMatch(text) ? "passes" : "flags")} it, the normalizer {(UnitNormalizer.TryGetFactor(text, out _) ? "converts" : "refuses")} it"),
            iter: 50_000);
    }

    private static string Dress(string spelling, int[] noise, int plural, char damage)
    {
        var text = new System.Text.StringBuilder();
        var n = 0;
        int Next() => noise[n++ % noise.Length];
        text.Append(Next() % 3 == 0 ? " ." : Next() % 4 == 0 ? "\t" : string.Empty);
        foreach (var c in spelling)
        {
            if (c == ' ')
            {
                text.Append(Next() % 2 == 0 ? ". " : " \u00a0 ");
                continue;
            }

            text.Append(Next() % 2 == 0 ? char.ToUpperInvariant(c) : c);
            if (Next() % 5 == 0)
            {
                text.Append('.');
            }
        }

        text.Append(plural switch { 1 => "s", 2 => "ES", 3 => ".s.", _ => string.Empty });
        if (Next() % 4 == 0)
        {
            text.Insert(Next() % (text.Length + 1), damage);
        }

        text.Append(Next() % 3 == 0 ? ". " : string.Empty);
        return text.ToString();
    }
}
