using PantryPilot.Contracts.Households;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Api.Enums.V1;
using Temporalio.Api.Failure.V1;
using Temporalio.Common;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>Household histories as the server records them, on the shared <see cref="HistoryBuilder"/>: the first task
/// schedules the load; an update delivered while the workflow waits is accepted in a workflow task of its own (its
/// validator ran there), its activities follow, and it completes in the task after the last one.</summary>
public sealed class HouseholdHistory
{
    public const string HouseholdId = "U000042";

    /// <summary>The builder's first workflow task: Sunday 2026-03-01 06:00 UTC (the digest is due Monday 08:00).</summary>
    public static readonly DateTime Start = new(2026, 3, 1, 6, 0, 0, DateTimeKind.Utc);

    private int updates;

    public HouseholdHistory(HouseholdCarry? carry = null, TimeSpan? startAfter = null)
    {
        Builder = new HistoryBuilder(HouseholdNames.Workflow, new HouseholdInput(HouseholdId, carry));
        if (startAfter is { } later)
        {
            Builder.Advance(later);
        }
    }

    public HistoryBuilder Builder { get; }

    public static HouseholdSnapshot Snapshot(bool known = true, params PantryLot[] lots) =>
        new(HouseholdId, known, known ? HouseholdProfile.Empty : null, [], lots, 0, DateOnly.FromDateTime(Start));

    /// <summary>The first task (the run schedules the load), the load's answer, and the task after it.</summary>
    public HouseholdHistory Loaded(HouseholdSnapshot snapshot)
    {
        Builder.WorkflowTask();
        var load = Builder.ScheduleActivity(HouseholdNames.LoadActivity, new LoadHouseholdInput(HouseholdId));
        Builder.CompleteActivity(load, snapshot).WorkflowTask();
        return this;
    }

    /// <summary>A workflow task in which an update arrives and its validator accepts it; returns the accepted event.</summary>
    public long Accept(string name, object request)
    {
        Builder.WorkflowTask();
        return Builder.UpdateAccepted($"update-{++updates}", name, request);
    }

    /// <summary>An activity the handler schedules, its result, and the workflow task that follows it.</summary>
    public HouseholdHistory Activity(string type, object? result, object? input = null)
    {
        var scheduled = Builder.ScheduleActivity(type, input);
        Builder.CompleteActivity(scheduled, result).WorkflowTask();
        return this;
    }

    /// <summary>A whole update: accepted, one activity, completed with <paramref name="result"/>.</summary>
    public HouseholdHistory Update(string name, object request, string activity, object? result)
    {
        var accepted = Accept(name, request);
        Activity(activity, result);
        Builder.UpdateCompleted(accepted, result);
        return this;
    }

    /// <summary>Marks the update completed at <paramref name="accepted"/> as failed with a typed error.</summary>
    public static WorkflowHistory Failing(WorkflowHistory history, long accepted, string errorType, string message)
    {
        var completed = history.Events.Single(e => e.EventType == EventType.WorkflowExecutionUpdateCompleted
            && e.WorkflowExecutionUpdateCompletedEventAttributes.AcceptedEventId == accepted);
        completed.WorkflowExecutionUpdateCompletedEventAttributes.Outcome = new()
        {
            Failure = new Failure { Message = message, Source = "DotNetSDK", ApplicationFailureInfo = new() { Type = errorType, NonRetryable = true } },
        };
        return history;
    }

    public WorkflowHistory Build() => Builder.Build(HouseholdNames.WorkflowId(HouseholdId));
}
