using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>What a run waiting for approval shows in its query.</summary>
public sealed record PendingApproval(
    string EntryId,
    string Candidate,
    double RawCompliance,
    double? ServedCompliance,
    string ReportPath,
    DateTime WaitingSince,
    DateTime Deadline,
    int RemindersSent);
