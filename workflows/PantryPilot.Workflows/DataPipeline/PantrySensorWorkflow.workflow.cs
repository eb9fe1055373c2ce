using System.Globalization;
using Temporalio.Exceptions;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>A long-running sensor: waits for <see cref="NewDataArrived"/> signals and runs the pipeline as a child
/// workflow for each new day, one at a time. A day already run is ignored (dedupe by as-of). After
/// <see cref="PantrySensorInput.MaxRunsPerExecution"/> runs (or when the server suggests it) it continues as new,
/// carrying the dedupe set and the unhandled signals, so its history never grows without bound.</summary>
[Workflow]
public class PantrySensorWorkflow
{
    /// <summary>How many days the dedupe set remembers across continue-as-new.</summary>
    public const int RememberedDays = 62;

    private readonly Queue<NewDataArrivedSignal> _pending = new();
    private readonly List<string> _seen = [];
    private int _runs;
    private string? _lastRunId;
    private string? _lastOutcome;

    [WorkflowSignal]
    public Task NewDataArrived(NewDataArrivedSignal signal)
    {
        _pending.Enqueue(signal);
        return Task.CompletedTask;
    }

    [WorkflowQuery]
    public PantrySensorStatus Status => new(_runs, _seen.ToArray(), _pending.Count, _lastRunId, _lastOutcome);

    [WorkflowRun]
    public async Task RunAsync(PantrySensorInput input)
    {
        _seen.AddRange(input.SeenAsOf ?? []);
        foreach (var signal in input.Pending ?? [])
        {
            _pending.Enqueue(signal);
        }

        while (true)
        {
            await Workflow.WaitConditionAsync(() => _pending.Count > 0);
            var signal = _pending.Dequeue();
            var asOf = signal.AsOf ?? DateOnly.FromDateTime(Workflow.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (_seen.Contains(asOf))
            {
                Workflow.Logger.LogSensorDuplicate(asOf);
                continue;
            }

            _seen.Add(asOf);
            await RunPipelineAsync(input.Template, asOf);
            _runs++;
            if (_runs >= input.MaxRunsPerExecution || Workflow.ContinueAsNewSuggested)
            {
                var next = input with { SeenAsOf = _seen.Skip(Math.Max(0, _seen.Count - RememberedDays)).ToArray(), Pending = _pending.ToArray() };
                throw Workflow.CreateContinueAsNewException((PantrySensorWorkflow wf) => wf.RunAsync(next));
            }
        }
    }

    private async Task RunPipelineAsync(DataPipelineInput template, string asOf)
    {
        var id = WorkflowIds.Pipeline(asOf);
        _lastRunId = id;
        Workflow.Logger.LogSensorStarting(asOf, id);
        try
        {
            var input = template with { AsOf = asOf, RunId = null };
            var output = await Workflow.ExecuteChildWorkflowAsync((DataPipelineWorkflow wf) => wf.RunAsync(input), new() { Id = id });
            _lastOutcome = $"completed, snapshot {output.Summary.SnapshotId}";
        }
        catch (WorkflowAlreadyStartedException)
        {
            // The schedule or an operator already started this day's run: that run is the one for the day.
            _lastOutcome = "already running (started elsewhere)";
            Workflow.Logger.LogSensorRunFailed(id, _lastOutcome);
        }
        catch (ChildWorkflowFailureException e)
        {
            // One bad day must not stop the sensor: the failed run is visible in the UI, the sensor keeps listening.
            _lastOutcome = $"failed: {e.InnerException?.Message ?? e.Message}";
            Workflow.Logger.LogSensorRunFailed(id, _lastOutcome);
        }
    }
}
