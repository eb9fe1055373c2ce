using System.Globalization;
using System.Text.RegularExpressions;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>A recipe's method as teachers write it: "Step 1. Boil. Step 2. Serve.", "…text.Step 2.Serve" (no space),
/// "1. Boil\n2. Serve", or a paragraph. Split into steps, and checked for signs that it was cut short.</summary>
public static partial class MethodText
{
    private static readonly string[] DanglingWords = ["and", "or", "the", "a", "an", "with", "until", "to", "of", "in",
        "then", "for", "into", "on"];

    /// <summary>The steps, each without its marker; with the numbers the markers gave (empty for a
    /// paragraph).</summary>
    public static (string[] Steps, int[] Numbers) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var markers = StepMarker().Matches(text);
        if (markers.Count == 0)
        {
            markers = LineNumber().Matches(text);
        }

        if (markers.Count == 0)
        {
            var sentences = Sentence().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
            return (sentences, []);
        }

        var steps = new List<string>();
        var numbers = new List<int>();
        var before = text[..markers[0].Index].Trim();
        if (before.Length > 0)
        {
            steps.Add(before);
            numbers.Add(0);
        }

        for (var m = 0; m < markers.Count; m++)
        {
            var start = markers[m].Index + markers[m].Length;
            var end = m + 1 < markers.Count ? markers[m + 1].Index : text.Length;
            var step = text[start..end].Trim();
            if (step.Length > 0)
            {
                steps.Add(step);
                numbers.Add(int.Parse(markers[m].Groups["n"].Value, CultureInfo.InvariantCulture));
            }
        }

        return ([.. steps], [.. numbers]);
    }

    /// <summary>Why the method looks cut short, or null: it starts after step 1, skips a step, is a single step, or its
    /// last step stops mid-sentence ("…and", "…,", "…").</summary>
    public static string? Problem(IReadOnlyList<string> steps, IReadOnlyList<int> numbers)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(numbers);
        if (steps.Count == 0)
        {
            return null;
        }

        var numbered = numbers.Where(n => n > 0).ToArray();
        if (numbered.Length > 0 && numbered[0] > 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"starts at step {numbered[0]}");
        }

        for (var i = 1; i < numbered.Length; i++)
        {
            if (numbered[i] > numbered[i - 1] + 1)
            {
                return string.Create(CultureInfo.InvariantCulture, $"step {numbered[i - 1] + 1} is missing");
            }
        }

        if (steps.Count == 1)
        {
            return "a single step";
        }

        var last = steps[^1].TrimEnd();
        var lastWord = last.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToLowerInvariant()
            ?? string.Empty;
        if (last.EndsWith(',') || last.EndsWith(':') || last.EndsWith('…')
            || last.EndsWith("...", StringComparison.Ordinal)
            || DanglingWords.Contains(lastWord))
        {
            return "the last step stops mid-sentence";
        }

        return null;
    }

    [GeneratedRegex(@"(?:^|(?<=[\s.!?;:,)]))step\s*(?<n>\d+)\s*[.:)\-]?", RegexOptions.IgnoreCase)]
    private static partial Regex StepMarker();

    [GeneratedRegex(@"(?:^|(?<=\n))\s*(?<n>\d+)[.)]\s+")]
    private static partial Regex LineNumber();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z])")]
    private static partial Regex Sentence();
}
