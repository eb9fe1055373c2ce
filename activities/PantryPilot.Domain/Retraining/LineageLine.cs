namespace PantryPilot.Domain.Retraining;

/// <summary>Where a line of the dataset came from (lineage.jsonl beside the data; trainers never read it).</summary>
/// <param name="File">The dataset file and part: "preference/train.jsonl".</param>
public sealed record LineageLine(
    string File,
    string HouseholdId,
    string RequestId,
    string RecipeRequestId,
    string Verdict,
    string Adapter,
    string? RejectedAdapter);
