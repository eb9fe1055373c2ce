using System.Globalization;
using System.Text.Json.Nodes;

namespace PantryPilot.Activities.Validation;

/// <summary>One line of validation_summary.csv.</summary>
public sealed record ValidationSummaryRow(
    string RunId, string AsOf, string Table, string Suite, bool Success, int Expectations, int Failed, long Rows, long Quarantined, string EvaluatedAt)
{
    public static readonly string[] Header = ["run_id", "as_of", "table", "suite", "success", "expectations", "failed", "rows", "quarantined", "evaluated_at"];

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

    public string[] Fields() =>
    [
        RunId, AsOf, Table, Suite, Success ? "true" : "false", I(Expectations), I(Failed), I(Rows), I(Quarantined), EvaluatedAt,
    ];

    public static ValidationSummaryRow? Parse(string[] f) =>
        f.Length < Header.Length || f[0] == "run_id"
            ? null
            : new(f[0], f[1], f[2], f[3], f[4] == "true", int.Parse(f[5], CultureInfo.InvariantCulture), int.Parse(f[6], CultureInfo.InvariantCulture),
                long.Parse(f[7], CultureInfo.InvariantCulture), long.Parse(f[8], CultureInfo.InvariantCulture), f[9]);

    private static string I(long v) => v.ToString(CultureInfo.InvariantCulture);
}

/// <summary>validation_summary.csv: one line per run and table (run id plus the time the suite was evaluated), so
/// two runs on the same day, even with the same run id, each keep their line. A retried publish re-reads the same
/// result files (same evaluated_at), finds its lines already there and adds nothing.</summary>
public static class ValidationSummaryCsv
{
    public static IReadOnlyList<ValidationSummaryRow> Read(string path) =>
        File.Exists(path) ? CsvText.Parse(File.ReadAllText(path)).Select(ValidationSummaryRow.Parse).OfType<ValidationSummaryRow>().ToArray() : [];

    /// <summary>Appends the rows whose (run_id, table, evaluated_at) is not yet in the file; returns how many were added.</summary>
    public static int Append(string path, IEnumerable<ValidationSummaryRow> rows)
    {
        var existing = Read(path).Select(r => (r.RunId, r.Table, r.EvaluatedAt)).ToHashSet();
        var fresh = rows.Where(r => existing.Add((r.RunId, r.Table, r.EvaluatedAt))).ToArray();
        if (fresh.Length == 0)
        {
            return 0;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var writer = new StreamWriter(temp))
        {
            if (File.Exists(path))
            {
                var old = File.ReadAllText(path);
                writer.Write(old);
                if (old.Length > 0 && !old.EndsWith('\n'))
                {
                    writer.Write('\n');
                }
            }
            else
            {
                writer.Write(CsvText.Line(ValidationSummaryRow.Header) + "\n");
            }

            foreach (var row in fresh)
            {
                writer.Write(CsvText.Line(row.Fields()) + "\n");
            }
        }

        File.Move(temp, path, overwrite: true);
        return fresh.Length;
    }
}
