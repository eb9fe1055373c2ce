using System.Diagnostics;
using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Inference.Model;
using Temporalio.Activities;

namespace PantryPilot.Inference.Evaluation;

/// <summary>The evaluate-checkpoint activity, on the inference pool's task queue: one shard of validation samples for
/// one candidate (base model or checkpoint adapter). Evaluation only: it returns verdicts and figures, never a recipe.</summary>
public class CheckpointEvaluationActivities(CheckpointEvaluator evaluator, IAdapterLoader adapters) : ICheckpointEvaluationActivities
{
    [Activity(EvaluationNames.EvaluateActivity)]
    public async Task<EvaluateCheckpointOutput> EvaluateAsync(EvaluateCheckpointInput input)
    {
        var context = ActivityExecutionContext.HasCurrent ? ActivityExecutionContext.Current : null;
        var cancellationToken = context?.CancellationToken ?? CancellationToken.None;
        var stopwatch = Stopwatch.StartNew();
        string? adapter = null;
        if (input.Candidate.AdapterPath is { } path)
        {
            // A checkpoint the runtime cannot load (not converted, or not an adapter at all) is a result, not a fault:
            // no retry can fix the file, and the other candidates still deserve their figures.
            if (adapters.TryLoadAdapter(input.Candidate.Name, path) is { } problem)
            {
                context?.Logger.LogWarning("evaluate-checkpoint {Candidate}: adapter not usable: {Problem}", input.Candidate.Name, problem);
                return new EvaluateCheckpointOutput(input.Candidate, [], stopwatch.Elapsed.TotalSeconds, $"adapter not usable: {problem}");
            }

            adapter = input.Candidate.Name;
        }

        var verdicts = new List<SampleVerdict>(input.Count);
        var index = 0;
        await foreach (var sample in ComplianceRequestFile.ReadAsync(input.SamplesFile, cancellationToken))
        {
            if (index++ < input.Offset)
            {
                continue;
            }

            if (verdicts.Count == input.Count)
            {
                break;
            }

            verdicts.Add(await evaluator.EvaluateAsync(sample, adapter, input.MaxTokens, cancellationToken));
            context?.Heartbeat(verdicts.Count);
        }

        return new EvaluateCheckpointOutput(input.Candidate, verdicts, stopwatch.Elapsed.TotalSeconds, null);
    }
}
