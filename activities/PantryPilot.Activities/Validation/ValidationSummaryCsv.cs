using System.Globalization;
using System.Text.Json.Nodes;

namespace PantryPilot.Activities.Validation;

/// <summary>validation_summary.csv: one line per run and table (run id plus the time the suite was evaluated), so
/// two runs on the same day, even with the same run id, each keep their line. A retried publish re-reads the same
/// result files (same evaluated_at), finds its lines already there and adds nothing.</summary>
public static class ValidationSummaryCsv
{
    public static IReadOnlyList<ValidationSummaryRow> Read(string path)
        => File.Exists(path)
            ? CsvText.Parse(File.ReadAllText(path))
                .Select(ValidationSummaryRow.Parse)
                .OfType<ValidationSummaryRow>()
                .ToArray()
            : [];

    /// <summary>Appends the rows whose (run_id, table, evaluated_at) is not yet in the file; returns how many were
    /// added.</summary>
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
