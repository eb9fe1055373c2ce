namespace PantryPilot.Domain.Households;

/// <summary>A problem with one field of the input; <see cref="Message"/> names it ("lines[2].unit: ...").</summary>
public sealed record StockProblem(StockProblemKind Kind, string Message);
