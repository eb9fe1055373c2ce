using System.Text.RegularExpressions;

namespace PantryPilot.Domain.Units;

/// <summary>The regular expression that matches exactly the unit spellings <see cref="UnitNormalizer"/> converts, for
/// the validation suites' <c>expect_column_values_to_match_regex</c> on <c>unit</c>: a spelling the suite lets
/// through is one transform can convert, and one it flags is one transform would quarantine. It mirrors the
/// normalizer's folding: case ignored, dots ignored wherever they stand ("Kg.", "fl. oz."), whitespace around the
/// unit ignored and inside it collapsed ("fl  oz"), a plural "s" or "es". The shipped suites hold this pattern
/// verbatim (GE suites are JSON, so they cannot call code); a test keeps the two equal and checks that they
/// agree.</summary>
public static class UnitSpellingPattern
{
    /// <summary>The pattern (anchored, case-insensitive inline).</summary>
    public static string Pattern { get; } = Build(UnitNormalizer.KnownSpellings);

    private const string Dots = @"\.*";
    private const string Edge = @"[\s.]*";
    private const string Gap = @"\.*\s[\s.]*";

    /// <summary>The pattern for <paramref name="spellings"/> (folded: lower case, single spaces, no dots).</summary>
    public static string Build(IEnumerable<string> spellings)
    {
        ArgumentNullException.ThrowIfNull(spellings);
        var alternatives = spellings
            .OrderByDescending(s => s.Length)
            .ThenBy(s => s, StringComparer.Ordinal)
            .Select(Spelling);
        return $"(?i)^{Edge}(?:{string.Join('|', alternatives)})(?:{Dots}(?:e{Dots})?s)?{Edge}$";
    }

    private static string Spelling(string folded)
    {
        var words = folded.Split(' ');
        return string.Join(Gap, words.Select(w => string.Join(Dots, w.Select(c => Regex.Escape(c.ToString())))));
    }

    /// <summary>Whether <paramref name="unit"/> matches <see cref="Pattern"/>, as the suite's check evaluates
    /// it.</summary>
    public static bool Matches(string unit) => Compiled.IsMatch(unit);

    private static readonly Regex Compiled = new(Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
