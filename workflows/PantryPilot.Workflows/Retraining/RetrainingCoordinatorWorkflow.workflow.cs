using PantryPilot.Contracts.Retraining;
using PantryPilot.Workflows.Versioning;
using Temporalio.Exceptions;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Retraining;

/// <summary>The one long-lived retraining coordinator (id <see cref="RetrainingNames.WorkflowId"/>): it looks at the
/// households' feedback every <see cref="RetrainingSettings.Poll"/> (or at once on the signal
/// <see cref="RetrainingNames.CheckNowSignal"/>), and when a threshold is reached runs a round
/// (<see cref="RetrainingRound"/>). It polls the store instead of being signalled by each household: the store is where
/// feedback is durable (feedback given in-process, without a server, counts too), no household workflow has to change
/// or know the coordinator, and a coordinator that was down misses nothing. It continues as new after
/// <see cref="RetrainingSettings.ChecksPerRun"/> checks, once its handlers and notices are done, carrying its
/// rounds.</summary>
[Workflow(RetrainingNames.Workflow)]
public class RetrainingCoordinatorWorkflow
{
    /// <summary>Events after which a run continues as new, whatever its check count (Temporal warns at
    /// 10,240).</summary>
    public const int ContinueAsNewEvents = 5_000;

    private readonly TemporalRetrainingEffects effects = new();
    private RetrainingCoordinator? coordinator;
    private bool checkNow;

    [WorkflowRun]
    public async Task<CoordinatorOutput> RunAsync(CoordinatorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var release = Workflow.Patched(WorkflowPatches.RetrainingCoordinatorRelease2) ? 2 : 1;
        var errors = input.Settings.Validate();
        if (errors.Count > 0)
        {
            throw new ApplicationFailureException(
                $"Invalid retraining settings: {string.Join("; ", errors)}",
                RetrainingNames.InvalidSettings,
                nonRetryable: true);
        }

        var settings = input.Settings;
        coordinator = new RetrainingCoordinator(effects, settings, input.Carry, release);
        var checks = 0;
        while (true)
        {
            await coordinator.CheckOnceAsync();
            checks++;
            if (checks >= settings.ChecksPerRun
                || Workflow.ContinueAsNewSuggested
                || Workflow.CurrentHistoryLength >= ContinueAsNewEvents)
            {
                coordinator.State = "continuing as new";
                await effects.DrainAsync();
                await Workflow.WaitConditionAsync(() => Workflow.AllHandlersFinished);
                var next = new CoordinatorInput(settings, coordinator.Carry);
                throw Workflow.CreateContinueAsNewException((RetrainingCoordinatorWorkflow wf) => wf.RunAsync(next));
            }

            coordinator.State = "waiting";
            coordinator.NextCheckAt = Workflow.UtcNow + settings.Poll;
            await Workflow.WaitConditionAsync(() => checkNow, settings.Poll);
            checkNow = false;
            coordinator.NextCheckAt = null;
        }
    }

    /// <summary>Look at the feedback now (e.g. after a burst of A/B choices), not at the next poll.</summary>
    [WorkflowSignal(RetrainingNames.CheckNowSignal)]
    public Task CheckNowAsync()
    {
        checkNow = true;
        return Task.CompletedTask;
    }

    [WorkflowQuery(RetrainingNames.StatusQuery)]
    public CoordinatorStatus Status() =>
        coordinator?.Status ?? new CoordinatorStatus("starting", null, null, null, null, [], 0, 0);
}
