namespace PantryPilot.Cli.Households;

/// <summary>One receipt line in the report of `household receipt`: where it is in the file, its name as printed
/// (verbatim), and what became of it.</summary>
/// <param name="Field">Where it is in the file: "menu[3]".</param>
/// <param name="Printed">The line's name exactly as the receipt prints it.</param>
/// <param name="Outcome">What it is for the pantry (the name of a <c>ReceiptLineOutcome</c>).</param>
public sealed record ReceiptReportLine(
    int Number,
    string Field,
    string Printed,
    string Outcome,
    bool Applied,
    string? Item,
    double? Quantity,
    string? Unit,
    double Price,
    string Reason);
