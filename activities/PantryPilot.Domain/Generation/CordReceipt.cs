namespace PantryPilot.Domain.Generation;

/// <summary>One receipt as the original system stored it: CORD v2 ground-truth JSON
/// (<c>gt_parse.menu[]</c>, <c>gt_parse.sub_total</c>, <c>gt_parse.total</c>), keyed by receipt and household (empty
/// when the source does not say).</summary>
public sealed record CordReceipt(string ReceiptId, string UserId, string Json);
