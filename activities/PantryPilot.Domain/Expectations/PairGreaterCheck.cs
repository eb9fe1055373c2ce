using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>column_A &gt; column_B (or &gt;=). <c>ignore_row_if</c>: both_values_are_missing (GE default),
/// either_value_is_missing, or neither; a compared missing value is unexpected.</summary>
internal sealed class PairGreaterCheck : ColumnMapCheck
{
    private readonly string columnB;
    private readonly bool orEqual;
    private readonly string ignore;

    public PairGreaterCheck(ExpectationConfig config, int index, string columnA)
        : base(config, index, columnA)
    {
        this.columnB = Text(config.Kwargs, "column_B");
        this.orEqual = Flag(config.Kwargs, "or_equal", false);
        this.ignore = config.Kwargs["ignore_row_if"]?.GetValue<string>() ?? "both_values_are_missing";
        if (this.ignore is not ("both_values_are_missing" or "either_value_is_missing" or "neither"))
        {
            throw new FormatException($"ignore_row_if '{this.ignore}' is not supported");
        }
    }

    public string ColumnB => this.columnB;

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var a = batch.Column(Column);
        var b = batch.Column(this.columnB);
        return r =>
        {
            var va = ColumnValues.Ordinal(a, r);
            var vb = ColumnValues.Ordinal(b, r);
            var ignore = this.ignore switch
            {
                "both_values_are_missing" => va is null && vb is null,
                "either_value_is_missing" => va is null || vb is null,
                _ => false,
            };
            if (ignore)
            {
                return Verdict.Ignored;
            }

            return va is { } x && vb is { } y && (this.orEqual ? x >= y : x > y)
                ? Verdict.Expected
                : Verdict.Unexpected;
        };
    }

    protected override string? Describe(TableBatch batch, int row)
        => $"{Column}={ColumnValues.Format(batch.Column(Column), row) ?? "null"}, "
            + $"{this.columnB}={ColumnValues.Format(batch.Column(this.columnB), row) ?? "null"}";
}
