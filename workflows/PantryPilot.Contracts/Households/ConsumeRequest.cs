namespace PantryPilot.Contracts.Households;

/// <summary>Update <c>consume</c>: takes the amounts out of the pantry, soonest-expiring lot first. All or nothing:
/// an item the pantry does not hold (<c>UnknownItem</c>) or holds too little of (<c>InsufficientStock</c>) changes
/// nothing.</summary>
public sealed record ConsumeRequest(string RequestId, IReadOnlyList<StockLine> Lines);
