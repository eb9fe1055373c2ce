using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Storage;

namespace PantryPilot.Activities.Training;

/// <summary>prepare-evaluation-set and compare-checkpoints: evaluation bookkeeping on the main task queue.</summary>
/// <remarks>Folders and files resolve under <paramref name="root"/>; the paths handed back are located relative to it
/// again (the inference pool reads the requests under its own root).</remarks>
public class EvaluationReportActivities(DataRoot root) : IEvaluationReportActivities
{
    [Temporalio.Activities.Activity(EvaluationNames.PrepareActivity)]
    public Task<PrepareEvaluationSetOutput> PrepareAsync(PrepareEvaluationSetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var output = EvaluationSet.Prepare(input with
        {
            ValidPath = root.Resolved(input.ValidPath),
            OutputDir = root.Resolved(input.OutputDir),
        });
        return Task.FromResult(output with { RequestsPath = root.Locate(output.RequestsPath) });
    }

    [Temporalio.Activities.Activity(EvaluationNames.CompareActivity)]
    public Task<CompareCheckpointsOutput> CompareAsync(CompareCheckpointsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var output = CheckpointComparison.Write(input with
        {
            OutputDir = root.Resolved(input.OutputDir),
            VerdictsDir = root.ResolvedOptional(input.VerdictsDir),
        });
        return Task.FromResult(output with
        {
            JsonPath = root.Locate(output.JsonPath),
            HtmlPath = root.Locate(output.HtmlPath),
            PngPath = root.LocateOptional(output.PngPath),
        });
    }
}
