namespace PantryPilot.Contracts.Notifications;

/// <summary>One expectation of a suite that failed.</summary>
/// <param name="Type">The Great Expectations type, e.g. expect_column_values_to_not_be_null.</param>
/// <param name="UnexpectedCount">Rows that broke it, when the expectation counts rows.</param>
public sealed record FailingExpectation(string Type, string? Column, long? UnexpectedCount, string? Detail = null);
