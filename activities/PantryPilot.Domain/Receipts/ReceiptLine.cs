namespace PantryPilot.Domain.Receipts;

/// <summary>One printed line (a CORD <c>menu</c> entry), amounts as text.</summary>
/// <param name="Number">1-based position on the receipt.</param>
/// <param name="Field">Where it came from, for reasons: "menu[3]".</param>
/// <param name="Name">The name as printed (<c>nm</c>), empty when none.</param>
/// <param name="Count">How many (<c>cnt</c>: "2", "2X", "-1"); null when not printed.</param>
/// <param name="UnitPrice">Price of one (<c>unitprice</c>: "@9,000", "2.31 lb @ $0.69/lb").</param>
/// <param name="Price">What the line cost (<c>price</c>).</param>
/// <param name="Discount">A discount on this line (<c>discountprice</c>), printed with or without its minus.</param>
/// <param name="Modifiers">Sub-lines (<c>sub</c>): options and extras, priced or not.</param>
/// <param name="Problem">Why the entry could not be read as a line (it is kept, and the receipt is set aside).</param>
public sealed record ReceiptLine(
    int Number,
    string Field,
    string Name,
    string? Count,
    string? UnitPrice,
    string? Price,
    string? Discount,
    IReadOnlyList<ReceiptModifier> Modifiers,
    string? Problem = null);
