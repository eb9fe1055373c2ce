using System.Globalization;
using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Ontology.Measurement;
using Xunit.Abstractions;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// The team-written adversarial list (adversarial-names.csv): expectations from our own food knowledge, not from the
/// ontology. Fails on any forbidden name that comes out allowed, and when the safe-allowed or unknown share misses its
/// target. The figures are printed for the README.
/// </summary>
public class AdversarialNamesTests(ITestOutputHelper output)
{
    public sealed record Row(string Name, string Rule, bool ExpectForbidden, int Line);

    public static IReadOnlyList<Row> Load()
    {
        var rows = new List<Row>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Ontology", "adversarial-names.csv"));
        var header = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!header)
            {
                header = true;
                continue;
            }

            // name,rule,expected — the name is everything before the last two commas.
            var last = line.LastIndexOf(',');
            var middle = line.LastIndexOf(',', last - 1);
            var expected = line[(last + 1)..];
            Assert.True(expected is "forbidden" or "allowed", $"adversarial-names.csv line {i + 1}: expected must be forbidden or allowed, got '{expected}'");
            rows.Add(new Row(line[..middle], line[(middle + 1)..last], expected == "forbidden", i + 1));
        }

        return rows;
    }

    public static ComplianceVerdict Check(Row row)
    {
        var policy = row.Rule.StartsWith("allergy:", StringComparison.Ordinal)
            ? DietaryPolicy.Parse([], [row.Rule["allergy:".Length..]])
            : DietaryPolicy.Parse([row.Rule], []);
        return policy.Check(row.Name);
    }

    /// <summary>The tuning list (issue 19 and 20's public examples and team traps): rules are fixed from it, so it must
    /// hold no leak and allow at least the held-out target of its safe pairs.</summary>
    [Fact]
    public void TuningList_NoLeakAndAtLeast95PercentOfSafePairsAllowed()
    {
        var figures = GuardMeasurement.Measure(LabelledPairReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Ontology", "tuning-names.csv")));
        output.WriteLine($"tuning list: {figures.Summary}");
        foreach (var miss in figures.SafeMisses)
        {
            output.WriteLine("  safe but not allowed: " + miss);
        }

        Assert.True(figures.Pairs >= 250, $"{figures.Pairs} pairs");
        Assert.True(figures.ForbiddenCalledAllowed == 0, string.Join('\n', figures.Leaks));
        Assert.True(figures.SafeAllowedShare >= 0.95, figures.Summary);
        Assert.True(figures.UnknownShare <= 0.03, figures.Summary);
    }

    [Fact]
    public void AdversarialList_HasAtLeast300Names()
    {
        var rows = Load();
        Assert.True(rows.Count >= 300, $"{rows.Count} rows");
        Assert.True(rows.Count(r => r.ExpectForbidden) >= 150);
        Assert.True(rows.Count(r => !r.ExpectForbidden) >= 100);
    }

    [Fact]
    public void AdversarialList_NoForbiddenNameIsAllowed()
    {
        var leaks = Load().Where(r => r.ExpectForbidden).Select(r => (Row: r, Verdict: Check(r)))
            .Where(x => x.Verdict.Permitted)
            .Select(x => $"line {x.Row.Line}: '{x.Row.Name}' for {x.Row.Rule}: {x.Verdict.Reason}")
            .ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    [Fact]
    public void AdversarialList_SafeAllowedAtLeast85PercentAndUnknownAtMost15Percent()
    {
        var rows = Load();
        var verdicts = rows.Select(r => (Row: r, Verdict: Check(r))).ToList();
        var safe = verdicts.Where(x => !x.Row.ExpectForbidden).ToList();
        var allowedShare = (double)safe.Count(x => x.Verdict.Status == ComplianceStatus.Allowed) / safe.Count;
        var unknownShare = (double)verdicts.Count(x => x.Verdict.Status == ComplianceStatus.Unknown) / verdicts.Count;
        var forbiddenAllowed = verdicts.Count(x => x.Row.ExpectForbidden && x.Verdict.Permitted);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"adversarial names: {rows.Count}; forbidden classified as allowed: {forbiddenAllowed}; safe allowed: {allowedShare:P1}; unknown: {unknownShare:P1}"));
        foreach (var x in safe.Where(x => x.Verdict.Status != ComplianceStatus.Allowed))
        {
            output.WriteLine($"  safe but not allowed: '{x.Row.Name}' for {x.Row.Rule}: {x.Verdict.Reason}");
        }

        Assert.True(allowedShare >= 0.85, $"safe allowed {allowedShare:P1} < 85%");
        Assert.True(unknownShare <= 0.15, $"unknown {unknownShare:P1} > 15%");
    }
}
