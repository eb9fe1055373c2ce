using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.RecipeModel;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>The durable approval wait inside the workflow: a timer per reminder period until a decision arrives (signal
/// <see cref="PromotionNames.ApproveSignal"/> or update <see cref="PromotionNames.ApproveUpdate"/>) or the approval
/// timeout passes. Survives worker restarts: the wait is history, not a thread. Only usable in workflow code.</summary>
public sealed class TemporalApprovalGate : IApprovalGate
{
    private PromotionDecision? decision;

    /// <summary>What the run waits for; null when it is not waiting.</summary>
    public PendingApproval? Pending { get; private set; }

    /// <summary>Records a decision; the first one counts. False when no approval is pending or it was already decided.</summary>
    public bool Decide(PromotionDecision value)
    {
        if (Pending is null || decision is not null || string.IsNullOrWhiteSpace(value.By))
        {
            return false;
        }

        decision = value;
        return true;
    }

    public async Task<PromotionDecision?> WaitAsync(PendingApproval pending, ApprovalSettings settings)
    {
        var since = Workflow.UtcNow;
        var deadline = since + settings.Wait;
        Pending = pending with { WaitingSince = since, Deadline = deadline };
        Workflow.Logger.LogWarning("Waiting for approval to promote {Entry} until {Deadline:u}: signal '{Signal}' or update '{Update}' with {{approve, by}}",
            pending.EntryId, deadline, PromotionNames.ApproveSignal, PromotionNames.ApproveUpdate);
        while (Workflow.UtcNow < deadline)
        {
            var left = deadline - Workflow.UtcNow;
            if (await Workflow.WaitConditionAsync(() => decision is not null, left < settings.Reminder ? left : settings.Reminder))
            {
                Pending = null;
                return decision;
            }

            if (Workflow.UtcNow < deadline)
            {
                Pending = Pending with { RemindersSent = Pending.RemindersSent + 1 };
                Workflow.Logger.LogWarning("Reminder {Count}: promotion of {Entry} still waits for approval (until {Deadline:u})", Pending.RemindersSent, pending.EntryId, deadline);
            }
        }

        Pending = null;
        return null;
    }
}
