using System.Reflection;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Activities;
using Xunit.Abstractions;

namespace PantryPilot.Workflows.Tests.Limits;

/// <summary>Every activity of a full run (and every workflow's input and result), at its worst case under release 2's
/// bounds, serializes to less than 256 KB: the size at which the server starts warning, an eighth of the 2 MB at which
/// it refuses a payload (HistoryLimits). Large results travel as files; only paths, counts and figures come through.</summary>
public class PayloadGuardTests(ITestOutputHelper output)
{
    /// <summary>The activity contracts the two workflows call.</summary>
    private static readonly Type[] Contracts =
    [
        typeof(IDataPipelineActivities), typeof(IRecipeDatasetActivities), typeof(IInferencePoolTeacherActivities), typeof(ITrainingActivities),
        typeof(ICheckpointEvaluationActivities), typeof(IEvaluationReportActivities), typeof(IPromotionActivities),
    ];

    [Fact]
    public void WorstCase_EveryActivityOfTheWorkflows_HasAnEntry()
    {
        var names = Contracts.SelectMany(c => c.GetMethods()).Select(m => m.GetCustomAttribute<ActivityAttribute>()!.Name!).Order(StringComparer.Ordinal);

        Assert.Equal(names, WorstCasePayloads.ByActivity.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WorstCase_EveryActivityInputAndOutput_IsUnder256Kilobytes()
    {
        var sizes = WorstCasePayloads.ByActivity.SelectMany(a => new[] { ($"{a.Key} input", Size(a.Value.Input)), ($"{a.Key} output", Size(a.Value.Output)) }).ToList();
        foreach (var (what, size) in sizes.OrderByDescending(s => s.Item2))
        {
            output.WriteLine($"{size,9:N0} bytes  {what}");
        }

        Assert.All(sizes, s => Assert.True(s.Item2 < HistoryLimits.PayloadWarningBytes, $"{s.Item1}: {s.Item2:N0} bytes"));
    }

    [Fact]
    public void WorstCase_EveryWorkflowInputAndResult_IsUnder256Kilobytes()
    {
        var sizes = WorstCasePayloads.ByWorkflow.SelectMany(w => new[] { ($"{w.Key} input", Size(w.Value.Input)), ($"{w.Key} result", Size(w.Value.Output)) }).ToList();
        foreach (var (what, size) in sizes.OrderByDescending(s => s.Item2))
        {
            output.WriteLine($"{size,9:N0} bytes  {what}");
        }

        Assert.All(sizes, s => Assert.True(s.Item2 < HistoryLimits.PayloadWarningBytes, $"{s.Item1}: {s.Item2:N0} bytes"));
    }

    [Fact]
    public void ReleaseOneComparison_AtTheIssuesScale_WasOverTheServersLimit()
    {
        // What release 2 removed: 1,000 samples x 8 checkpoints, every verdict inline in the comparison's input.
        var verdicts = Enumerable.Range(0, 1000).Select(i => new SampleVerdict($"sample-{i:D6}", ["vegetarian", "gluten-free"], true, true, ["forbidden: chicken stock"], true, 0, 1234.5, 256, 42.5)).ToArray();
        var shards = Enumerable.Range(0, 9).SelectMany(c => verdicts.Chunk(10).Select(chunk => new EvaluateCheckpointOutput(new($"iter-{c:D7}", c, 1.0, "/data/models/x.onnx_adapter"), chunk, 12.5, null))).ToArray();

        var size = Size(new CompareCheckpointsInput("recipe-model-ds1", "/data/models/recipe-model-ds1/evaluation", shards));

        output.WriteLine($"release 1 compare input: {size:N0} bytes");
        Assert.True(size > HistoryLimits.MaxPayloadBytes, $"{size:N0} bytes");
    }

    private static int Size(object? value) => value is null ? 0 : PayloadJson.DataConverter.PayloadConverter.ToPayload(value).CalculateSize();
}
