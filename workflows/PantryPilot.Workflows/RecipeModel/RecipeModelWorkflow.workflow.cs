using System.Globalization;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>The recipe-model flow on Temporal: the shared <see cref="RecipeModelFlow"/> run through
/// <see cref="TemporalStageRunner"/>. Cancelling it cancels the running batch activities and waits for them; batches
/// already written stay written, so the next run with the same dataset name resumes instead of starting over.</summary>
[Workflow(RecipeModelActivityNames.Workflow)]
public class RecipeModelWorkflow
{
    private RecipeModelFlow? _flow;

    /// <summary>Live progress: stage states, batches done, samples in/out.</summary>
    [WorkflowQuery]
    public RecipeModelProgress Progress => _flow?.Progress ?? RecipeModelProgress.Start(Workflow.Info.WorkflowId, RecipeModelStages.Order.Select(s => s.Name));

    [WorkflowRun]
    public async Task<RecipeModelOutput> RunAsync(RecipeModelInput input)
    {
        // The default name comes from workflow time, which is recorded in history: a replay gets the same name.
        var name = input.DatasetName ?? DateOnly.FromDateTime(Workflow.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        _flow = new RecipeModelFlow(new TemporalStageRunner());
        return await _flow.RunAsync(RecipeModelRun.From(input, name));
    }
}
