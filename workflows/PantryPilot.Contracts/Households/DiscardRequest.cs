namespace PantryPilot.Contracts.Households;

/// <summary>Update <c>discard</c>: like <c>consume</c>, recorded as thrown away (spoiled, expired) with the
/// reason.</summary>
public sealed record DiscardRequest(string RequestId, IReadOnlyList<StockLine> Lines, string? Reason = null);
