using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <param name="Status">promoted | refused | timed-out | nothing-to-promote | disabled.</param>
public sealed record PromotionOutcome(
    string Status,
    string? EntryId,
    string? DecidedBy,
    string? Comment,
    PromoteOutput? Registry);
