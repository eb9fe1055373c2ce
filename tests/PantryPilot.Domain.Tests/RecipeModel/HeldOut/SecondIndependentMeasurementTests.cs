using System.Text;
using PantryPilot.Domain.RecipeModel;
using Xunit.Abstractions;

namespace PantryPilot.Domain.Tests.RecipeModel.HeldOut;

/// <summary>The filter on a second independent corpus (independent-2/README.md: 40 samples, written 2026-12-07 by a
/// reviewer who saw neither the code nor the first corpus), read by the same <see cref="IndependentCorpus"/> rules and
/// the same filter settings. Committed before its first run; nobody tunes on it. Asserted like the first corpus: no
/// kept sample breaks its preference and every requested ingredient is carried; the rest is reported.</summary>
public class SecondIndependentMeasurementTests(ITestOutputHelper output)
{
    private static readonly RecipeSampleFilter Filter =
        new(RecipeDiet.Default, new FilterSettings(StripUnknownTags: true));

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "RecipeModel", "HeldOut", "independent-2");

    [Fact]
    public void SecondIndependent_Corpus_Measured()
    {
        var corpus = IndependentCorpus.Measure(
            Path.Combine(Folder, "independent-2-samples.jsonl"),
            Path.Combine(Folder, "independent-2-expected.jsonl"),
            Filter);
        var report = corpus.Report();
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "heldout-report-independent-2.md"), report,
            new UTF8Encoding(false));

        Assert.Equal(40, corpus.Samples);
        Assert.True(corpus.KeptBreaking.Count == 0, report);
        Assert.True(corpus.RequestedShare >= 1.0, report);
    }
}
