using System.Globalization;
using System.Text.Json.Nodes;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>Compares the table's columns with <c>column_set</c>. PantryPilot's lineage column <c>source_row</c> is not
/// part of the original layouts, so it is left out of the comparison (existing GE suites do not list it).</summary>
internal sealed class ColumnSetCheck : ExpectationCheck
{
    private readonly ExpectationResult result;

    public ColumnSetCheck(ExpectationConfig config, int index, TableSchema schema)
        : base(config, index)
    {
        var expected = (
            config.Kwargs["column_set"] as JsonArray ?? throw new FormatException("column_set must be an array"))
            .Select(n => n?.GetValue<string>() ?? throw new FormatException("column_set holds a null"))
            .ToHashSet(StringComparer.Ordinal);
        var actual = schema.ColumnNames.Where(c => c != TableSchema.SourceRowColumn).ToList();
        var exact = Flag(config.Kwargs, "exact_match", true);
        var missing = expected.Where(c => !actual.Contains(c)).ToList();
        var extra = actual.Where(c => !expected.Contains(c)).ToList();
        var success = missing.Count == 0 && (!exact || extra.Count == 0);
        var samples = missing.Select(c => new UnexpectedSample(null, "missing: " + c))
            .Concat(exact ? extra.Select(c => new UnexpectedSample(null, "unexpected: " + c)) : [])
            .Take(ExpectationEvaluator.SampleSize)
            .ToArray();
        this.result = new(
            Config,
            success,
            false,
            actual.Count,
            0,
            samples.Length,
            null,
            samples,
            string.Join(",", actual));
    }

    public override bool RowLevel => false;

    public override void Observe(TableBatch batch, List<RowFailure> failures)
    {
    }

    public override ExpectationResult Complete(long rowCount) => this.result;
}
