using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Storage;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using Temporalio.Activities;

namespace PantryPilot.Inference.Evaluation;

/// <summary>The evaluate-checkpoint activity, on the inference pool's task queue: one shard of validation samples for
/// one candidate (base model or checkpoint adapter). Evaluation only: it returns verdicts and figures, never a recipe.
/// It heartbeats while the model generates (every few tokens), not only between samples: one sample is up to several
/// generations of up to the wall-time limit each. With <see cref="EvaluateCheckpointInput.VerdictsDir"/> set (release
/// 2) the verdicts go to a file (written whole or not at all, so a retry overwrites it) and only its path
/// returns.</summary>
/// <remarks>The samples file, the verdicts folder and the adapter resolve under <paramref name="root"/> (where this
/// worker mounts the shared data); the verdicts path handed back is located relative to it again.</remarks>
public class CheckpointEvaluationActivities(
    CheckpointEvaluator evaluator,
    IAdapterLoader adapters,
    DataRoot root) : ICheckpointEvaluationActivities
{
    [Activity(EvaluationNames.EvaluateActivity)]
    public async Task<EvaluateCheckpointOutput> EvaluateAsync(EvaluateCheckpointInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var output = await EvaluateShardAsync(input);
        if (input.VerdictsDir is not { } dir)
        {
            return output;
        }

        var path = EvaluationNames.VerdictsFile(root.Resolved(dir), input.Candidate.Name, input.Offset);
        var context = CurrentActivity.Context;
        var json = JsonSerializer.Serialize(output, PayloadJson.Options);
        await JsonLinesFile.WriteAllTextAsync(path, json, context?.CancellationToken ?? CancellationToken.None);
        return output with { Samples = [], VerdictsPath = root.Locate(path) };
    }

    private async Task<EvaluateCheckpointOutput> EvaluateShardAsync(EvaluateCheckpointInput input)
    {
        var context = CurrentActivity.Context;
        var cancellationToken = context?.CancellationToken ?? CancellationToken.None;
        var stopwatch = Stopwatch.StartNew();
        string? adapter = null;
        if (input.Candidate.AdapterPath is { } path)
        {
            // A checkpoint the runtime cannot load (not converted, or not an adapter at all) is a result, not a fault:
            // no retry can fix the file, and the other candidates still deserve their figures.
            if (adapters.TryLoadAdapter(input.Candidate.Name, root.Resolved(path)) is { } problem)
            {
                context?.Logger.LogWarning(
                    "evaluate-checkpoint {Candidate}: adapter not usable: {Problem}",
                    input.Candidate.Name,
                    problem);
                return new EvaluateCheckpointOutput(
                    input.Candidate,
                    [],
                    stopwatch.Elapsed.TotalSeconds,
                    $"adapter not usable: {problem}");
            }

            adapter = input.Candidate.Name;
        }

        var verdicts = new List<SampleVerdict>(input.Count);
        var index = 0;
        var samplesFile = root.Resolved(input.SamplesFile);
        await foreach (var sample in ComplianceRequestFile.ReadAsync(samplesFile, cancellationToken))
        {
            if (index++ < input.Offset)
            {
                continue;
            }

            if (verdicts.Count == input.Count)
            {
                break;
            }

            var done = verdicts.Count;
            void Beat(GenerationProgress p) => context?.Heartbeat(new ShardProgress(done, p.TokensGenerated));
            verdicts.Add(await evaluator.EvaluateAsync(sample, adapter, input.MaxTokens, cancellationToken, Beat));
            context?.Heartbeat(new ShardProgress(verdicts.Count, 0));
        }

        return new EvaluateCheckpointOutput(input.Candidate, verdicts, stopwatch.Elapsed.TotalSeconds, null);
    }
}

