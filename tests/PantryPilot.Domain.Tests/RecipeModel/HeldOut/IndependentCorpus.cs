using System.Globalization;
using System.Text;
using System.Text.Json;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.RecipeModel.HeldOut;

/// <summary>
/// Measures the filter on the independent corpus (independent/README.md): samples and expectations written by someone
/// who never saw the code, in their own format (one expectation line per sample, matched by its 1-based line number).
/// The expectations are read as that README defines them and are the only oracle: amounts compare with a tolerance of
/// 0.01 and ranges as [low, high]; a removal expected for a truncated method or an ignored request is not a preference
/// breach (the README names those reasons; every other expected removal is one).
/// </summary>
public sealed class IndependentCorpus
{
    public int Samples { get; private set; }

    public int StatedAmounts { get; private set; }

    /// <summary>Stated amounts read to the same value (both ends of a range).</summary>
    public int SameValue { get; private set; }

    /// <summary>Stated amounts read to the same value and unit, and non-zero in the converted answer.</summary>
    public int Preserved { get; private set; }

    public int ExpectedKept { get; private set; }

    public int ExpectedPreferenceRemovals { get; private set; }

    public int Requested { get; private set; }

    public int RequestedCarried { get; private set; }

    public List<string> FalseRemovals { get; } = [];

    public List<string> KeptBreaking { get; } = [];

    public List<string> OtherKept { get; } = [];

    public List<string> AmountMisses { get; } = [];

    public List<string> RequestMisses { get; } = [];

    public double ValueShare => StatedAmounts == 0 ? 1 : (double)SameValue / StatedAmounts;

    public double PreservedShare => StatedAmounts == 0 ? 1 : (double)Preserved / StatedAmounts;

    public double FalseRemovalShare => ExpectedKept == 0 ? 0 : (double)FalseRemovals.Count / ExpectedKept;

    public double RequestedShare => Requested == 0 ? 1 : (double)RequestedCarried / Requested;

    public static IndependentCorpus Measure(string samplesPath, string expectedPath, RecipeSampleFilter filter)
    {
        var expectations = new Dictionary<int, string>();
        foreach (var line in File.ReadLines(expectedPath).Where(l => l.Trim().Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            expectations.Add(document.RootElement.GetProperty("line").GetInt32(), line);
        }

        var corpus = new IndependentCorpus();
        var number = 0;
        foreach (var line in File.ReadLines(samplesPath))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var expect = JsonDocument.Parse(expectations[number]);
            corpus.Add(number, line, expect.RootElement, filter);
        }

        if (corpus.Samples != expectations.Count)
        {
            throw new InvalidDataException($"{corpus.Samples} samples but {expectations.Count} expectations");
        }

        return corpus;
    }

    public string Report()
    {
        var text = new StringBuilder();
        var i = CultureInfo.InvariantCulture;
        text.AppendLine(i, $"## independent corpus: {Samples} samples").AppendLine();
        text.AppendLine("| measure | figure | target |").AppendLine("|---|---|---|");
        void Row(string measure, string figure, string target) =>
            text.AppendLine(i, $"| {measure} | {figure} | {target} |");
        Row("amounts preserved (value and unit)", Share(Preserved, StatedAmounts, PreservedShare), "≥ 98 %");
        Row("amounts preserved (value only)", Share(SameValue, StatedAmounts, ValueShare), "≥ 98 %");
        Row("false removals", Share(FalseRemovals.Count, ExpectedKept, FalseRemovalShare), "≤ 5 %");
        var breaking = string.Create(i, $"{KeptBreaking.Count} of {ExpectedPreferenceRemovals}");
        Row("kept samples breaking their preference", breaking, "0");
        Row("requested ingredients carried", Share(RequestedCarried, Requested, RequestedShare), "100 %");
        Row("other expected removals kept (truncated, ignored request)", OtherKept.Count.ToString(i), "(reported)");
        var lists = new[]
        {
            ("False removals", FalseRemovals), ("Kept, breaking the preference", KeptBreaking),
            ("Other expected removals kept", OtherKept), ("Amounts not preserved", AmountMisses),
            ("Requested ingredients not carried", RequestMisses),
        };
        foreach (var (title, list) in lists.Where(l => l.Item2.Count > 0))
        {
            text.AppendLine().AppendLine(i, $"### {title}").AppendLine();
            list.ForEach(item => text.AppendLine(i, $"- {item}"));
        }

        return text.AppendLine().ToString();
    }

    private static string Share(int part, int whole, double share) =>
        string.Create(CultureInfo.InvariantCulture, $"{part}/{whole} = {share:P1}");

    private void Add(int number, string sampleText, JsonElement expect, RecipeSampleFilter filter)
    {
        Samples++;
        var (candidate, error) = SampleReader.Read(sampleText, "independent", number);
        var decision = candidate is null ? null : filter.Judge(candidate, number);
        var kept = decision?.Kept is not null;
        var title = candidate?.Answer?.Title ?? "(no recipe)";
        var why = decision is null ? $"unreadable: {error}" : string.Join(" | ", decision.Reasons);
        var reason = expect.GetProperty("reason").ValueKind == JsonValueKind.String
            ? expect.GetProperty("reason").GetString()!
            : string.Empty;
        if (expect.GetProperty("expected_keep").GetBoolean())
        {
            ExpectedKept++;
            if (!kept)
            {
                FalseRemovals.Add($"line {number} '{title}': {why}");
            }
        }
        else if (reason.Contains("truncated", StringComparison.OrdinalIgnoreCase)
            || reason.Contains("requested", StringComparison.OrdinalIgnoreCase))
        {
            if (kept)
            {
                OtherKept.Add($"line {number} '{title}': expected removed ({reason})");
            }
        }
        else
        {
            ExpectedPreferenceRemovals++;
            if (kept)
            {
                KeptBreaking.Add($"line {number} '{title}' ({string.Join(", ", candidate!.Tags)}): {reason}");
            }
        }

        Amounts(number, candidate, expect);
        if (expect.GetProperty("requested").ValueKind == JsonValueKind.Array)
        {
            foreach (var requested in expect.GetProperty("requested").EnumerateArray().Select(e => e.GetString()!))
            {
                Requested++;
                var carried = candidate is not null
                    && candidate.Request.Contains(requested, StringComparison.OrdinalIgnoreCase)
                    && (!kept || decision!.Kept!.Text.Contains(requested, StringComparison.OrdinalIgnoreCase));
                if (carried)
                {
                    RequestedCarried++;
                }
                else
                {
                    RequestMisses.Add($"line {number}: '{requested}'");
                }
            }
        }
    }

    private void Amounts(int number, SampleCandidate? candidate, JsonElement expect)
    {
        var lines = candidate?.Original?.Ingredients ?? [];
        var answer = candidate?.Answer?.Ingredients ?? [];
        var taken = new bool[lines.Count];
        foreach (var entry in expect.GetProperty("amounts").EnumerateArray())
        {
            var text = entry.GetProperty("ingredient_text").GetString()!;
            var amount = entry.GetProperty("amount");
            if (amount.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            StatedAmounts++;
            var (low, high) = amount.ValueKind == JsonValueKind.Array
                ? (amount[0].GetDouble(), (double?)amount[1].GetDouble())
                : (amount.GetDouble(), null);
            var unit = entry.GetProperty("unit").ValueKind == JsonValueKind.String
                ? entry.GetProperty("unit").GetString()
                : null;
            var at = Enumerable.Range(0, lines.Count).FirstOrDefault(k => !taken[k] && Same(lines[k].Text, text), -1);
            if (at < 0)
            {
                AmountMisses.Add($"line {number} '{text}': no ingredient line with this text");
                continue;
            }

            taken[at] = true;
            var read = lines[at];
            var sameValue = read.Amount is { } got && Math.Abs(got - low) <= 0.01 && (high is null
                ? read.AmountMax is null
                : read.AmountMax is { } max && Math.Abs(max - high.Value) <= 0.01);
            var inAnswer = at < answer.Count && answer[at].Amount > 0;
            SameValue += sameValue ? 1 : 0;
            if (sameValue && SameUnit(read.Unit, unit) && inAnswer)
            {
                Preserved++;
            }
            else
            {
                var expected = high is null ? Number(low) : $"{Number(low)}-{Number(high.Value)}";
                var written = read.Amount is null ? "none" : Number(read.Amount.Value)
                    + (read.AmountMax is { } m ? $"-{Number(m)}" : string.Empty);
                AmountMisses.Add($"line {number} '{text}': expected {expected} {unit ?? "(count)"}, read {written} "
                    + $"{read.Unit ?? "(count)"} ({read.Status}){(inAnswer ? string.Empty : ", 0 in the answer")}");
            }
        }
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static bool Same(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The README's units are lower-case singular ("cup", "clove"); a unit read as "Cups" or "tablespoons"
    /// is the same.</summary>
    private static bool SameUnit(string? read, string? expected)
    {
        if (read is null || expected is null)
        {
            return read is null && expected is null;
        }

        if (UnitNormalizer.TryGetFactor(read, out var a) && UnitNormalizer.TryGetFactor(expected, out var b))
        {
            return a == b;
        }

        var folded = read.Trim().TrimEnd('.').ToLowerInvariant();
        return folded == expected || folded.TrimEnd('s') == expected
            || (folded.EndsWith("es", StringComparison.Ordinal) && folded[..^2] == expected);
    }
}
