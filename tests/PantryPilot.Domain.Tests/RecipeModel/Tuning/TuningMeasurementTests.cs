using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Tests.RecipeModel.HeldOut;
using Xunit.Abstractions;

namespace PantryPilot.Domain.Tests.RecipeModel.Tuning;

/// <summary>The list the grammar, the matcher and the filter are tuned on (same format as the held-out corpora,
/// HeldOut/README.md; written after the held-out set's first run, with other dishes): same figures and assertions as
/// the held-out measurement, and every expected removal removed.</summary>
public class TuningMeasurementTests(ITestOutputHelper output)
{
    [Fact]
    public void Tuning_Corpus_MeetsTheTargets()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "RecipeModel", "Tuning", "identity-tuning.jsonl");
        var corpus = HeldOutCorpus.Measure(path, new RecipeSampleFilter(RecipeDiet.Default, new FilterSettings(StripUnknownTags: true)));
        var report = corpus.Report();
        output.WriteLine(report);

        Assert.True(corpus.KeptBreakingModelled == 0 && corpus.OtherKept.Count == 0, report);
        Assert.True(corpus.RequestedShare >= 1.0, report);
        Assert.True(corpus.AmountShare >= 0.98, report);
    }
}
