namespace PantryPilot.Domain.Receipts;

/// <summary>What one line comes to, read by <see cref="ReceiptReconciler"/>.</summary>
/// <param name="Count">The printed count (<c>cnt</c>), null when none was printed or it could not be read.</param>
/// <param name="Net">What the line adds to the receipt: price plus priced modifiers minus the line's discount; negative
/// for voids, discounts and refunds.</param>
/// <param name="LineDiscount">The line's own discount (<c>discountprice</c>), as a positive amount.</param>
/// <param name="VoidOf">For a void: the line it cancels.</param>
/// <param name="RemainingCount">For an item: what is left of its count after the voids that cancel it (0: all of
/// it was voided); null when the line printed no count.</param>
/// <param name="VoidedBy">The void lines that cancel (part of) this one.</param>
/// <param name="Notes">What was assumed ("price not printed: count x unit price").</param>
public sealed record LineAmount(
    int Number,
    LineRole Role,
    double? Count,
    double Net,
    double LineDiscount,
    int? VoidOf,
    double? RemainingCount,
    IReadOnlyList<int> VoidedBy,
    IReadOnlyList<string> Notes)
{
    /// <summary>An item whose whole count a void cancelled.</summary>
    public bool FullyVoided => Role == LineRole.Item && VoidedBy.Count > 0 && RemainingCount is <= 0;

    /// <summary>What the household paid for the item after voids (net x remaining share).</summary>
    public double PaidAfterVoids => Role != LineRole.Item || VoidedBy.Count == 0 || Count is not > 0
        ? Net
        : Net * Math.Max(0, RemainingCount ?? 0) / Count.Value;
}
