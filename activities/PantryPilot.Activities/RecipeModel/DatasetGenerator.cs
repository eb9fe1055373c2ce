using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>One generate batch of a run on this worker (template or endpoint teacher): <see cref="SampleBatchWriter"/>
/// with the run's planner. The inference pool runs the same writer with its model as the teacher.</summary>
public sealed class DatasetGenerator(RecipeDiet diet)
{
    public async Task<GenerateBatchOutput> GenerateAsync(GenerateBatchInput input, IRecipeTeacher teacher,
        Action<int>? heartbeat, CancellationToken ct)
    {
        var run = input.Run;
        // The teacher's own pipeline limits concurrency per endpoint; here every sample of the batch may be in flight.
        var result = await SampleBatchWriter.WriteAsync(
            RecipeDatasetPaths.Batch(run.DatasetDir, input.BatchIndex), input.BatchIndex, input.Start, input.Count,
            run.Input.Seed, PlannerFor(run), teacher, 64, heartbeat, ct);
        return Output(result);
    }

    public static GenerateBatchOutput Output(SampleBatchResult r)
        => new(r.BatchIndex, r.Path, r.Requested, r.Written, r.Skipped, r.WrittenByTag, r.Rejected);

    private SamplePlanner PlannerFor(RecipeModelRun run)
    {
        try
        {
            return SampleBatchWriter.PlannerFor(run.Input.CorpusPath, run.TagMix, diet);
        }
        catch (Exception e) when (
            e is FormatException or IOException or ArgumentException or UnauthorizedAccessException)
        {
            throw new Pipeline.BadInputException($"recipe corpus: {e.Message}", e);
        }
    }
}
