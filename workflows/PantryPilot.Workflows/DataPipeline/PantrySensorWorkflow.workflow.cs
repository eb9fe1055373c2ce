using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.Versioning;
using Temporalio.Api.Enums.V1;
using Temporalio.Exceptions;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.DataPipeline;

/// <summary>A long-running sensor: waits for <see cref="NewDataArrived"/> signals and runs the pipeline as the child
/// <c>pantry-pipeline-&lt;as-of&gt;</c> for each day, one at a time. A day is recorded as done only when its run
/// succeeded; a failed day runs again on its next signal, and <c>Force</c> re-runs a day that succeeded. After <see
/// cref="PantrySensorInput.MaxRunsPerExecution"/> runs (or when the server suggests it) it continues as new, carrying
/// the done days and the unhandled requests, so its history never grows without bound. Release 2 also counts every
/// signal (duplicates and malformed ones start no run) against <see cref="PantrySensorInput.MaxSignalsPerExecution"/>
/// and gives each day's run a run timeout of its own.</summary>
[Workflow(WorkflowNames.Sensor)]
public class PantrySensorWorkflow
{
    /// <summary>How many succeeded days the dedupe set remembers across continue-as-new.</summary>
    public const int RememberedDays = 62;

    private readonly Queue<SensorRequest> pending = new();
    private readonly List<DateOnly> succeeded = [];
    private int runs;
    private int signals;
    private int release = 1;
    private int rejected;
    private string? lastRunId;
    private string? lastOutcome;

    /// <summary>Dates the request when the signal arrives (a dateless one gets the day of arrival); a malformed date is
    /// dropped with a log line and counted, never thrown (that would fail the workflow task, not the signal).</summary>
    [WorkflowSignal(WorkflowNames.NewDataArrivedSignal)]
    public Task NewDataArrived(NewDataArrivedSignal signal)
    {
        this.signals++;
        if (signal is null)
        {
            this.rejected++;
            Workflow.Logger.LogSensorSignalRejected("(no payload)");
        }
        else if (signal.AsOf is null)
        {
            this.pending.Enqueue(new(DateOnly.FromDateTime(Workflow.UtcNow), signal.Force));
        }
        else if (PipelineDates.TryParse(signal.AsOf, out var day))
        {
            this.pending.Enqueue(new(day, signal.Force));
        }
        else
        {
            this.rejected++;
            Workflow.Logger.LogSensorSignalRejected(signal.AsOf);
        }

        return Task.CompletedTask;
    }

    [WorkflowQuery(WorkflowNames.SensorStatusQuery)]
    public PantrySensorStatus Status
        => new(
            this.runs,
            this.succeeded.ToArray(),
            this.pending.Count,
            this.lastRunId,
            this.lastOutcome,
            this.rejected);

    [WorkflowRun]
    public async Task RunAsync(PantrySensorInput input)
    {
        // First command of the run: which release it keeps to the end (docs/temporal.md "Changing a workflow safely").
        this.release = Workflow.Patched(WorkflowPatches.SensorRelease2) ? 2 : 1;
        this.succeeded.AddRange(input.Succeeded ?? []);
        this.rejected += input.Rejected;
        foreach (var request in input.Pending ?? [])
        {
            this.pending.Enqueue(request);
        }

        while (true)
        {
            await Workflow.WaitConditionAsync(
                () => this.pending.Count > 0 || (this.release >= 2 && SignalBudgetSpent(input)));
            if (this.pending.Count == 0)
            {
                throw ContinueAsNew(input); // only signals that started nothing: release 2 ends the execution anyway
            }

            var request = this.pending.Dequeue();
            if (!request.Force && this.succeeded.Contains(request.AsOf))
            {
                Workflow.Logger.LogSensorDuplicate(PipelineDates.ToText(request.AsOf));
                if (this.release >= 2 && ShouldContinueAsNew(input))
                {
                    throw ContinueAsNew(input);
                }

                continue;
            }

            if (await RunPipelineAsync(input.Template, request) && !this.succeeded.Contains(request.AsOf))
            {
                this.succeeded.Add(request.AsOf);
            }

            this.runs++;
            if (ShouldContinueAsNew(input))
            {
                throw ContinueAsNew(input);
            }
        }
    }

    /// <summary>Release 1 counted child runs only; release 2 counts every signal too.</summary>
    private bool ShouldContinueAsNew(PantrySensorInput input) =>
        this.runs >= input.MaxRunsPerExecution
        || Workflow.ContinueAsNewSuggested
        || (this.release >= 2 && SignalBudgetSpent(input));

    private bool SignalBudgetSpent(PantrySensorInput input) => this.signals >= input.MaxSignalsPerExecution;

    /// <summary>The next execution, carrying the done days (the latest only), the unhandled requests and the count of
    /// rejected signals.</summary>
    private ContinueAsNewException ContinueAsNew(PantrySensorInput input)
    {
        var next = input with
        {
            Succeeded = this.succeeded.Skip(Math.Max(0, this.succeeded.Count - RememberedDays)).ToArray(),
            Pending = this.pending.ToArray(),
            Rejected = this.rejected,
        };
        return Workflow.CreateContinueAsNewException((PantrySensorWorkflow wf) => wf.RunAsync(next));
    }

    /// <summary>Runs the day's pipeline; true when it succeeded.</summary>
    private async Task<bool> RunPipelineAsync(PipelineRun template, SensorRequest request)
    {
        var run = template.For(request.AsOf);
        this.lastRunId = run.RunId;
        Workflow.Logger.LogSensorStarting(PipelineDates.ToText(request.AsOf), run.RunId);
        try
        {
            var summary = await Workflow.ExecuteChildWorkflowAsync((DataPipelineWorkflow wf) => wf.RunAsync(run), new()
            {
                Id = run.RunId,
                // A day that already succeeded (e.g. by the schedule) is not run again unless forced.
                IdReusePolicy = request.Force
                    ? WorkflowIdReusePolicy.AllowDuplicate
                    : WorkflowIdReusePolicy.AllowDuplicateFailedOnly,
                // The day's run owns itself: terminating or resetting the sensor must not kill it. Release 2 bounds it
                // instead, so an abandoned run still ends (and its folder lock lapses) before the next day's.
                ParentClosePolicy = Temporalio.Workflows.ParentClosePolicy.Abandon,
                RunTimeout = this.release >= 2 ? DataPipelineStages.RunTimeout : null,
                StaticSummary = $"pipeline run for {PipelineDates.ToText(request.AsOf)} (sensor)",
            });
            this.lastOutcome = $"completed, snapshot {summary.SnapshotId}";
            return true;
        }
        catch (WorkflowAlreadyStartedException)
        {
            // Running now (schedule, operator) or already succeeded: that run owns the day; a later signal asks again.
            this.lastOutcome = "owned by an existing run of the day";
            Workflow.Logger.LogSensorRunFailed(run.RunId, this.lastOutcome);
            return false;
        }
        catch (ChildWorkflowFailureException e)
        {
            // One bad day must not stop the sensor: the failed run is visible in the UI, the sensor keeps listening,
            // and the day is not recorded as done, so its next signal runs it again.
            this.lastOutcome = $"failed: {e.InnerException?.Message ?? e.Message}";
            Workflow.Logger.LogSensorRunFailed(run.RunId, this.lastOutcome);
            return false;
        }
    }
}
