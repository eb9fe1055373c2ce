namespace PantryPilot.Contracts.Households;

/// <summary>What <c>cook</c> could not take from the pantry: wanted, in the recipe's unit, and what was
/// there.</summary>
public sealed record MissingLine(string Name, double Wanted, string Unit, double Available, string Reason);
