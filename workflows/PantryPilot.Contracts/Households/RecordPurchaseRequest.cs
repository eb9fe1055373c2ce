namespace PantryPilot.Contracts.Households;

/// <summary>Update <c>record-purchase</c>: each line becomes a stock lot (an <c>inventory</c> row) and a
/// <c>purchase_history</c> row, under the request id as transaction id.</summary>
/// <param name="PurchasedOn">Day of the purchase; default the household's today.</param>
public sealed record RecordPurchaseRequest(
    string RequestId,
    IReadOnlyList<PurchaseLine> Lines,
    DateOnly? PurchasedOn = null,
    string? Store = null);
