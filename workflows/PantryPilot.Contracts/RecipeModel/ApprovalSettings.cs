using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Approval settings of a run: wait for a person, remind every so often, give up after a while.</summary>
/// <param name="RequireToken">True: a decision counts only with a signed approval token that verify-approval found
/// valid (docs/notifications.md). Null or false: the name in the decision is taken as it is (runs started before
/// tokens, and in-process runs where the operator decides at the terminal).</param>
public sealed record ApprovalSettings(
    bool Required = false,
    TimeSpan? ReminderEvery = null,
    TimeSpan? Timeout = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? RequireToken = null)
{
    public TimeSpan Reminder => ReminderEvery ?? TimeSpan.FromHours(4);

    public TimeSpan Wait => Timeout ?? TimeSpan.FromDays(3);
}
