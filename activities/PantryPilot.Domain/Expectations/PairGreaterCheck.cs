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
    private readonly string _columnB;
    private readonly bool _orEqual;
    private readonly string _ignore;

    public PairGreaterCheck(ExpectationConfig config, int index, string columnA)
        : base(config, index, columnA)
    {
        _columnB = Text(config.Kwargs, "column_B");
        _orEqual = Flag(config.Kwargs, "or_equal", false);
        _ignore = config.Kwargs["ignore_row_if"]?.GetValue<string>() ?? "both_values_are_missing";
        if (_ignore is not ("both_values_are_missing" or "either_value_is_missing" or "neither"))
        {
            throw new FormatException($"ignore_row_if '{_ignore}' is not supported");
        }
    }

    public string ColumnB => _columnB;

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var a = batch.Column(Column);
        var b = batch.Column(_columnB);
        return r =>
        {
            var va = ColumnValues.Ordinal(a, r);
            var vb = ColumnValues.Ordinal(b, r);
            var ignore = _ignore switch
            {
                "both_values_are_missing" => va is null && vb is null,
                "either_value_is_missing" => va is null || vb is null,
                _ => false,
            };
            if (ignore)
            {
                return Verdict.Ignored;
            }

            return va is { } x && vb is { } y && (_orEqual ? x >= y : x > y) ? Verdict.Expected : Verdict.Unexpected;
        };
    }

    protected override string? Describe(TableBatch batch, int row) =>
        $"{Column}={ColumnValues.Format(batch.Column(Column), row) ?? "null"}, {_columnB}={ColumnValues.Format(batch.Column(_columnB), row) ?? "null"}";
}
