namespace PantryPilot.Domain.Reports;

/// <summary>One line of bias.csv: a slice of a table along one dimension, or a price statistic (in
/// <see cref="Value"/>).</summary>
public sealed record BiasRow(string Table, string Dimension, string Slice, long Count, double? Share, double? Value);
