using System.Text.Json.Nodes;
using PantryPilot.Domain.Expectations;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Tests.Expectations;

/// <summary>Small tables and one-expectation suites for evaluator tests.</summary>
internal static class SuiteBuilder
{
    public static readonly TableSchema Schema = new("pantry",
    [
        new(TableSchema.SourceRowColumn, ColumnKind.Integer),
        new("name", ColumnKind.Text),
        new("qty", ColumnKind.Number),
        new("count", ColumnKind.Integer),
        new("bought", ColumnKind.Date),
        new("expires", ColumnKind.Date),
        new("day", ColumnKind.Text),
    ]);

    /// <summary>Rows as (name, qty, count, bought, expires, day); source_row is 2, 3, 4 ... like CSV lines.</summary>
    public static TableBatch Batch(params (string? Name, double? Qty, long? Count, string? Bought, string? Expires, string? Day)[] rows) =>
        Batch(2, rows);

    public static TableBatch Batch(long firstSourceRow, params (string? Name, double? Qty, long? Count, string? Bought, string? Expires, string? Day)[] rows)
    {
        var b = TableBatch.Allocate(Schema, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            b.Integer(TableSchema.SourceRowColumn)[i] = firstSourceRow + i;
            b.Text("name")[i] = rows[i].Name;
            b.Number("qty")[i] = rows[i].Qty;
            b.Integer("count")[i] = rows[i].Count;
            b.Date("bought")[i] = rows[i].Bought is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : null;
            b.Date("expires")[i] = rows[i].Expires is { } e ? DateOnly.Parse(e, System.Globalization.CultureInfo.InvariantCulture) : null;
            b.Text("day")[i] = rows[i].Day;
        }

        return b;
    }

    public static ExpectationSuite Suite(string type, string kwargsJson) =>
        ExpectationSuite.Parse($$"""{"expectation_suite_name":"t","expectations":[{"expectation_type":"{{type}}","kwargs":{{kwargsJson}}}]}""");

    public static ExpectationResult Run(string type, string kwargsJson, params TableBatch[] batches) => RunAll(Suite(type, kwargsJson), batches).Results[0];

    public static SuiteResult RunAll(ExpectationSuite suite, params TableBatch[] batches)
    {
        var evaluator = new ExpectationEvaluator(suite, Schema);
        foreach (var b in batches)
        {
            evaluator.Observe(b);
        }

        return evaluator.Complete();
    }

    public static JsonObject Kwargs(string json) => (JsonObject)JsonNode.Parse(json)!;
}
