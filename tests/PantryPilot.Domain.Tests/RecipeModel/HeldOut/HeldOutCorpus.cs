using System.Globalization;
using System.Text;
using System.Text.Json;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.RecipeModel.HeldOut;

/// <summary>
/// Measures the filter on a corpus of teacher samples with expectations written by hand (format: README.md beside this
/// file): amounts preserved where the teacher gave one, false removals, kept samples that break their preference, and
/// requested ingredients carried. The expectations are the oracle; the filter's own output is only what is measured.
/// </summary>
public sealed class HeldOutCorpus
{
    public string Name { get; private init; } = string.Empty;

    public int Samples { get; private set; }

    public int StatedAmounts { get; private set; }

    public int PreservedAmounts { get; private set; }

    public int ExpectedKept { get; private set; }

    public int ExpectedDietRemovals { get; private set; }

    public int Requested { get; private set; }

    public int RequestedCarried { get; private set; }

    public List<string> FalseRemovals { get; } = [];

    public List<string> KeptBreaking { get; } = [];

    /// <summary>Of <see cref="KeptBreaking"/>, those whose preference the ontology models (it can judge them).</summary>
    public int KeptBreakingModelled { get; private set; }

    public List<string> OtherKept { get; } = [];

    public List<string> AmountMisses { get; } = [];

    public List<string> RequestMisses { get; } = [];

    public double AmountShare => StatedAmounts == 0 ? 1 : (double)PreservedAmounts / StatedAmounts;

    public double FalseRemovalShare => ExpectedKept == 0 ? 0 : (double)FalseRemovals.Count / ExpectedKept;

    public double RequestedShare => Requested == 0 ? 1 : (double)RequestedCarried / Requested;

    public static HeldOutCorpus Measure(string path, RecipeSampleFilter filter)
    {
        var corpus = new HeldOutCorpus { Name = Path.GetFileName(path) };
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            var sample = document.RootElement.GetProperty("sample").GetRawText();
            var expect = document.RootElement.GetProperty("expect");
            corpus.Add(number, sample, expect, filter);
        }

        return corpus;
    }

    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## {Name}: {Samples} samples");
        text.AppendLine();
        text.AppendLine("| measure | figure | target |");
        text.AppendLine("|---|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| amounts preserved | {PreservedAmounts}/{StatedAmounts} = {AmountShare:P1} | ≥ 98 % {Met(AmountShare >= 0.98)} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| false removals | {FalseRemovals.Count}/{ExpectedKept} = {FalseRemovalShare:P1} | ≤ 5 % {Met(FalseRemovalShare <= 0.05)} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| kept samples breaking their preference | {KeptBreaking.Count} of {ExpectedDietRemovals} diet removals expected ({KeptBreakingModelled} with a preference the ontology models) | 0 {Met(KeptBreaking.Count == 0)} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| requested ingredients carried | {RequestedCarried}/{Requested} = {RequestedShare:P1} | 100 % {Met(RequestedShare >= 1)} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| other expected removals kept | {OtherKept.Count} | (reported) |");
        foreach (var (title, list) in new[] { ("False removals", FalseRemovals), ("Kept, breaking the preference", KeptBreaking), ("Other expected removals kept", OtherKept), ("Amounts not preserved", AmountMisses), ("Requested ingredients not carried", RequestMisses) })
        {
            if (list.Count > 0)
            {
                text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {title}").AppendLine();
                foreach (var item in list)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"- {item}");
                }
            }
        }

        return text.AppendLine().ToString();
    }

    private void Add(int number, string sampleText, JsonElement expect, RecipeSampleFilter filter)
    {
        Samples++;
        var (candidate, error) = SampleReader.Read(sampleText, Name, number);
        var decision = candidate is null ? null : filter.Judge(candidate, number);
        var kept = decision?.Kept is not null;
        var title = candidate?.Answer?.Title ?? "(no recipe)";
        var why = decision is null ? $"unreadable: {error}" : string.Join(" | ", decision.Reasons);
        var keep = expect.GetProperty("keep").GetBoolean();
        var reason = expect.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        if (keep)
        {
            ExpectedKept++;
            if (!kept)
            {
                FalseRemovals.Add($"line {number} '{title}': {why}");
            }
        }
        else if (reason == "diet")
        {
            ExpectedDietRemovals++;
            if (kept)
            {
                var modelled = candidate!.Tags.Select(RecipeDiet.ParseTag).All(t => t is null || t.Value.Supported);
                KeptBreakingModelled += modelled ? 1 : 0;
                KeptBreaking.Add($"line {number} '{title}' ({string.Join(", ", candidate.Tags)}{(modelled ? "" : ": not modelled by the ontology")}): {Text(expect, "why")}");
            }
        }
        else if (kept)
        {
            OtherKept.Add($"line {number} '{title}': expected {reason} ({Text(expect, "why")})");
        }

        Amounts(number, candidate, expect);
        foreach (var requested in expect.GetProperty("requested").EnumerateArray().Select(e => e.GetString()!))
        {
            Requested++;
            var carried = candidate is not null && candidate.Request.Contains(requested, StringComparison.OrdinalIgnoreCase)
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

    private void Amounts(int number, SampleCandidate? candidate, JsonElement expect)
    {
        var lines = candidate?.Original?.Ingredients ?? [];
        var answer = candidate?.Answer?.Ingredients ?? [];
        var taken = new bool[lines.Count];
        foreach (var entry in expect.GetProperty("amounts").EnumerateArray())
        {
            var text = entry[0].GetString()!;
            if (entry[1].ValueKind != JsonValueKind.Number)
            {
                continue;
            }

            StatedAmounts++;
            var amount = entry[1].GetDouble();
            var unit = entry[2].ValueKind == JsonValueKind.String ? entry[2].GetString() : null;
            var at = Enumerable.Range(0, lines.Count).FirstOrDefault(i => !taken[i] && Same(lines[i].Text, text), -1);
            if (at < 0)
            {
                AmountMisses.Add($"line {number} '{text}': no ingredient line with this text");
                continue;
            }

            taken[at] = true;
            var read = lines[at];
            var inAnswer = at < answer.Count && answer[at].Amount > 0;
            if (read.Amount is { } got && Math.Abs(got - amount) < 1e-6 && SameUnit(read.Unit, unit) && inAnswer)
            {
                PreservedAmounts++;
            }
            else
            {
                AmountMisses.Add(string.Create(CultureInfo.InvariantCulture, $"line {number} '{text}': expected {amount} {unit ?? "(count)"}, read {read.Amount?.ToString(CultureInfo.InvariantCulture) ?? "none"} {read.Unit ?? "(count)"} ({read.Status}{(read.Unread is null ? "" : $" '{read.Unread}'")}){(inAnswer ? "" : ", 0 in the answer")}"));
            }
        }
    }

    private static string Met(bool met) => met ? "(met)" : "(**missed**)";

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Units compared as a cook would: "cup" = "cups" = "Cups", "tbsp" = "tablespoon".</summary>
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

        return Singular(read) == Singular(expected);
    }

    private static string Singular(string unit)
    {
        var folded = unit.Trim().TrimEnd('.').ToLowerInvariant();
        return folded.EndsWith("es", StringComparison.Ordinal) && folded.Length > 4 ? folded[..^2] : folded.TrimEnd('s');
    }

    private static string Text(JsonElement expect, string field) =>
        expect.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
