using PantryPilot.Contracts.DataPipeline;
using Temporalio.Exceptions;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>A long-running sensor: waits for <see cref="NewDataArrived"/> signals and runs the pipeline as a child
/// workflow for each new day, one at a time. A day already run is ignored (dedupe by as-of). After
/// <see cref="PantrySensorInput.MaxRunsPerExecution"/> runs (or when the server suggests it) it continues as new,
/// carrying the dedupe set and the unhandled days, so its history never grows without bound.</summary>
[Workflow(WorkflowNames.Sensor)]
public class PantrySensorWorkflow
{
    /// <summary>How many days the dedupe set remembers across continue-as-new.</summary>
    public const int RememberedDays = 62;

    private readonly Queue<DateOnly> _pending = new();
    private readonly List<DateOnly> _seen = [];
    private int _runs;
    private int _rejected;
    private string? _lastRunId;
    private string? _lastOutcome;

    /// <summary>Dates the signal when it arrives (a dateless one gets the day of arrival); a malformed date is
    /// dropped with a log line and counted, never thrown (that would fail the workflow task, not the signal).</summary>
    [WorkflowSignal(WorkflowNames.NewDataArrivedSignal)]
    public Task NewDataArrived(NewDataArrivedSignal signal)
    {
        if (signal?.AsOf is null)
        {
            _pending.Enqueue(DateOnly.FromDateTime(Workflow.UtcNow));
        }
        else if (PipelineDates.TryParse(signal.AsOf, out var day))
        {
            _pending.Enqueue(day);
        }
        else
        {
            _rejected++;
            Workflow.Logger.LogSensorSignalRejected(signal.AsOf);
        }

        return Task.CompletedTask;
    }

    [WorkflowQuery(WorkflowNames.SensorStatusQuery)]
    public PantrySensorStatus Status => new(_runs, _seen.ToArray(), _pending.Count, _lastRunId, _lastOutcome, _rejected);

    [WorkflowRun]
    public async Task RunAsync(PantrySensorInput input)
    {
        _seen.AddRange(input.SeenAsOf ?? []);
        foreach (var day in input.Pending ?? [])
        {
            _pending.Enqueue(day);
        }

        while (true)
        {
            await Workflow.WaitConditionAsync(() => _pending.Count > 0);
            var asOf = _pending.Dequeue();
            if (_seen.Contains(asOf))
            {
                Workflow.Logger.LogSensorDuplicate(PipelineDates.ToText(asOf));
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

    private async Task RunPipelineAsync(PipelineRun template, DateOnly asOf)
    {
        var run = template.For(asOf);
        _lastRunId = run.RunId;
        Workflow.Logger.LogSensorStarting(PipelineDates.ToText(asOf), run.RunId);
        try
        {
            var summary = await Workflow.ExecuteChildWorkflowAsync((DataPipelineWorkflow wf) => wf.RunAsync(run), new() { Id = run.RunId });
            _lastOutcome = $"completed, snapshot {summary.SnapshotId}";
        }
        catch (WorkflowAlreadyStartedException)
        {
            // The schedule or an operator already started this day's run: that run is the one for the day.
            _lastOutcome = "already running (started elsewhere)";
            Workflow.Logger.LogSensorRunFailed(run.RunId, _lastOutcome);
        }
        catch (ChildWorkflowFailureException e)
        {
            // One bad day must not stop the sensor: the failed run is visible in the UI, the sensor keeps listening.
            _lastOutcome = $"failed: {e.InnerException?.Message ?? e.Message}";
            Workflow.Logger.LogSensorRunFailed(run.RunId, _lastOutcome);
        }
    }
}
