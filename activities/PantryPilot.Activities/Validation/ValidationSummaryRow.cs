using System.Globalization;
using System.Text.Json.Nodes;

namespace PantryPilot.Activities.Validation;

/// <summary>One line of validation_summary.csv.</summary>
public sealed record ValidationSummaryRow(
    string RunId,
    string AsOf,
    string Table,
    string Suite,
    bool Success,
    int Expectations,
    int Failed,
    long Rows,
    long Quarantined,
    string EvaluatedAt)
{
    public static readonly string[] Header = [
        "run_id", "as_of", "table", "suite", "success", "expectations", "failed", "rows", "quarantined",
        "evaluated_at"];

    public static ValidationSummaryRow FromResult(JsonObject result)
    {
        var p = result["pantrypilot"] ?? throw new FormatException("the result has no 'pantrypilot' block");
        var stats = result["statistics"]!;
        return new(
            p["run_id"]!.GetValue<string>(),
            p["as_of"]!.GetValue<string>(),
            p["table"]!.GetValue<string>(),
            p["suite"]!.GetValue<string>(),
            result["success"]!.GetValue<bool>(),
            stats["evaluated_expectations"]!.GetValue<int>(),
            stats["unsuccessful_expectations"]!.GetValue<int>(),
            p["rows"]!.GetValue<long>(),
            p["rows_quarantined"]!.GetValue<long>(),
            p["evaluated_at"]!.GetValue<string>());
    }

    public string[] Fields()
        => [
            RunId,
            AsOf,
            Table,
            Suite,
            Success ? "true" : "false",
            I(Expectations),
            I(Failed),
            I(Rows),
            I(Quarantined),
            EvaluatedAt,
            ];

    public static ValidationSummaryRow? Parse(string[] f)
        => f.Length < Header.Length || f[0] == "run_id"
            ? null
            : new(
                f[0],
                f[1],
                f[2],
                f[3],
                f[4] == "true",
                int.Parse(f[5], CultureInfo.InvariantCulture),
                int.Parse(f[6], CultureInfo.InvariantCulture),
                long.Parse(f[7], CultureInfo.InvariantCulture),
                long.Parse(f[8], CultureInfo.InvariantCulture),
                f[9]);

    private static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
}
