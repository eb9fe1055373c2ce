using PantryPilot.Domain.Ontology.Measurement;
using Xunit.Abstractions;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// The session-27 tuning list (<c>Ontology/Tuning/tuning-names.csv</c>, written from food knowledge and committed
/// before any rule of that session changed). Rules are fixed from it, so it prints its misses; it must hold no leak
/// and meet issue 19's usefulness targets.
/// </summary>
public class TuningListTests(ITestOutputHelper output)
{
    private static string File => Path.Combine(AppContext.BaseDirectory, "Ontology", "Tuning", "tuning-names.csv");

    [Fact]
    public void TuningList_HasAtLeast400PairsOfBothKinds()
    {
        var pairs = LabelledPairReader.ReadFile(File);
        Assert.True(pairs.Count >= 400, $"{pairs.Count} pairs");
        Assert.True(pairs.Count(p => p.ExpectForbidden) >= 150);
        Assert.True(pairs.Count(p => !p.ExpectForbidden) >= 150);
    }

    [Fact]
    public void TuningList_NoLeakAndMeetsTheUsefulnessTargets()
    {
        var figures = GuardMeasurement.Measure(LabelledPairReader.ReadFile(File));
        output.WriteLine($"session-27 tuning list: {figures.Summary}");
        foreach (var miss in figures.SafeMisses)
        {
            output.WriteLine("  safe but not allowed: " + miss);
        }

        Assert.True(figures.ForbiddenCalledAllowed == 0, string.Join('\n', figures.Leaks));
        Assert.True(figures.SafeAllowedShare >= 0.95, figures.Summary);
        Assert.True(figures.UnknownShare <= 0.03, figures.Summary);
    }
}
