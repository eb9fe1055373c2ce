using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Activities.Training;

/// <summary>prepare-evaluation-set and compare-checkpoints: evaluation bookkeeping on the main task queue.</summary>
public class EvaluationReportActivities : IEvaluationReportActivities
{
    [Temporalio.Activities.Activity(EvaluationNames.PrepareActivity)]
    public Task<PrepareEvaluationSetOutput> PrepareAsync(PrepareEvaluationSetInput input)
        => Task.FromResult(EvaluationSet.Prepare(input));

    [Temporalio.Activities.Activity(EvaluationNames.CompareActivity)]
    public Task<CompareCheckpointsOutput> CompareAsync(CompareCheckpointsInput input)
        => Task.FromResult(CheckpointComparison.Write(input));
}
