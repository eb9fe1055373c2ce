using PantryPilot.Domain.Ontology.Measurement;
using Xunit.Abstractions;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// Measures the guard on every labelled list in <c>Ontology/HeldOut/</c> (lists nobody tunes on: the team's, and any
/// written apart from the team and dropped there). Prints the figures per list and in all; fails on any forbidden pair
/// called allowed. Per-name misses are not printed, so nobody fixes rules by reading them: set
/// PANTRYPILOT_SHOW_HELDOUT_LEAKS=1 only to review the list itself.
/// </summary>
public class HeldOutMeasurementTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Ontology", "HeldOut");

    public static IReadOnlyList<string> Lists() =>
        Directory.GetFiles(Folder, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void HeldOutLists_TeamListHasAtLeast300PairsOfBothKinds()
    {
        var team = LabelledPairReader.ReadFile(Path.Combine(Folder, "team-heldout-names.csv"));
        Assert.True(team.Count >= 300, $"{team.Count} pairs");
        Assert.True(team.Count(p => p.ExpectForbidden) >= 100);
        Assert.True(team.Count(p => !p.ExpectForbidden) >= 100);
    }

    /// <summary>Issue 19's usefulness targets, held on the team's list (a list written apart from the team is measured
    /// and printed by the test below; its figures go to the report, they do not fail the build).</summary>
    [Fact]
    public void TeamHeldOutList_AtLeast95PercentOfSafePairsAllowedAndAtMost3PercentUnknown()
    {
        var figures = GuardMeasurement.Measure(LabelledPairReader.ReadFile(Path.Combine(Folder, "team-heldout-names.csv")));
        output.WriteLine($"team-heldout-names.csv: {figures.Summary}");

        Assert.True(figures.SafeAllowedShare >= 0.95, figures.Summary);
        Assert.True(figures.UnknownShare <= 0.03, figures.Summary);
        Assert.Equal(0, figures.RefusedRules);
    }

    [Fact]
    public void HeldOutLists_NoForbiddenPairIsAllowed()
    {
        var all = new List<LabelledPair>();
        foreach (var list in Lists())
        {
            var pairs = LabelledPairReader.ReadFile(list);
            all.AddRange(pairs);
            output.WriteLine($"{Path.GetFileName(list)}: {GuardMeasurement.Measure(pairs).Summary}");
        }

        var figures = GuardMeasurement.Measure(all);
        output.WriteLine($"all held-out lists: {figures.Summary}");
        var detail = Environment.GetEnvironmentVariable("PANTRYPILOT_SHOW_HELDOUT_LEAKS") == "1"
            ? string.Join('\n', figures.Leaks)
            : "(set PANTRYPILOT_SHOW_HELDOUT_LEAKS=1 to list them)";
        Assert.True(figures.ForbiddenCalledAllowed == 0, $"{figures.ForbiddenCalledAllowed} forbidden pairs allowed {detail}");
    }
}
