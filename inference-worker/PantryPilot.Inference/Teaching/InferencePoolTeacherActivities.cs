using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Storage;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using Temporalio.Activities;
using Temporalio.Exceptions;

namespace PantryPilot.Inference.Teaching;

/// <summary>dataset-generate with the inference pool as the teacher, on the pool's task queue (where the model is
/// loaded): the same batch writer as the other teachers (<see cref="SampleBatchWriter"/>), so a batch is written
/// atomically into the dataset folder (shared storage, as checkpoint-evaluate reads the split from it), a retried or
/// resumed batch whose file exists is skipped, and no sample is written twice. Answers run at most
/// <see cref="InferenceOptions.MaxConcurrentActivities"/> at once (the model's own generation gate). The corpus and
/// the dataset folder resolve under <paramref name="root"/>; the batch's path is handed back located relative to
/// it.</summary>
public class InferencePoolTeacherActivities(
    IRecipeTextGenerator model,
    InferenceOptions options,
    DataRoot root,
    ILogger<InferencePoolTeacherActivities> logger) : IInferencePoolTeacherActivities
{
    [Activity(RecipeModelActivityNames.GenerateBatchOnPool)]
    public async Task<GenerateBatchOutput> GenerateBatchAsync(GenerateBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var context = CurrentActivity.Context;
        var run = input.Run;
        var corpusPath = run.Input.CorpusPath is { } corpus ? root.Resolved(corpus) : null;
        var datasetDir = root.Resolved(run.DatasetDir);
        SamplePlanner planner;
        try
        {
            planner = SampleBatchWriter.PlannerFor(corpusPath, run.TagMix, RecipeDiet.Default);
        }
        catch (Exception e) when (
            e is FormatException or IOException or ArgumentException or UnauthorizedAccessException)
        {
            throw new ApplicationFailureException(
                $"recipe corpus: {e.Message}",
                RecipeModelFailures.BadSample,
                nonRetryable: true);
        }

        var done = 0;
        var teacher = new InferencePoolTeacher(
            model,
            options,
            run.Teacher.Model,
            p => context?.Heartbeat(
                new { batch = input.BatchIndex, done, of = input.Count, tokens = p.TokensGenerated }));
        SampleBatchResult result;
        try
        {
            result = await SampleBatchWriter.WriteAsync(
            SampleBatchWriter.BatchPath(datasetDir, input.BatchIndex), input.BatchIndex, input.Start, input.Count,
            run.Input.Seed, planner, teacher,
            options.MaxConcurrentActivities,
            n =>
            {
                done = n;
                context?.Heartbeat(new { batch = input.BatchIndex, done = n, of = input.Count });
            },
            context?.CancellationToken ?? CancellationToken.None);
        }
        catch (AdapterUnavailableException e)
        {
            // Configuration, not an answer: every sample would fail the same way, and no retry can fix it.
            throw new ApplicationFailureException(
                $"--teacher-model: {e.Message}",
                RecipeModelFailures.InvalidInput,
                nonRetryable: true);
        }

        logger.LogInformation(
            "Pool batch {Batch} of {RunId}: {Written}/{Requested} samples, rejected {Rejected}{Skipped}",
            input.BatchIndex, run.RunId, result.Written, result.Requested,
            string.Join(", ", result.Rejected.Select(r => $"{r.Key} {r.Value}")),
            result.Skipped ? " (already written, skipped)" : string.Empty);
        return new(
            result.BatchIndex,
            root.Locate(result.Path),
            result.Requested,
            result.Written,
            result.Skipped,
            result.WrittenByTag,
            result.Rejected);
    }
}
