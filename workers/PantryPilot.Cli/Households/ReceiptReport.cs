using PantryPilot.Contracts.Households;

namespace PantryPilot.Cli.Households;

/// <summary>What `household receipt` did with one receipt file: printed (or as JSON with --json) and kept in
/// <c>&lt;data dir&gt;/receipts/&lt;request id&gt;.json</c>. Every line of the receipt is here, applied or
/// not.</summary>
/// <param name="RequestId">The record-purchase request id: by default derived from the file's bytes, so the same
/// receipt sent twice is one purchase.</param>
/// <param name="Outcome">Applied, NothingToApply or SetAside (the name of a <c>ReceiptOutcome</c>).</param>
/// <param name="Recorded">The household's answer to record-purchase; null when nothing was sent.</param>
/// <param name="Note">Why nothing was sent though lines matched (a dry run, a receipt already recorded).</param>
public sealed record ReceiptReport(
    string HouseholdId,
    string File,
    string RequestId,
    string Outcome,
    string Reason,
    IReadOnlyList<ReceiptReportLine> Lines,
    StockChangeResult? Recorded,
    string? Note);
