using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>Numbers compare by value; dates and timestamps compare on one time line (bounds given as ISO dates).</summary>
internal sealed class BetweenCheck : ColumnMapCheck
{
    private readonly double? _min;
    private readonly double? _max;
    private readonly bool _strictMin;
    private readonly bool _strictMax;

    public BetweenCheck(ExpectationConfig config, int index, string column)
        : base(config, index, column)
    {
        _min = Number(config.Kwargs, "min_value");
        _max = Number(config.Kwargs, "max_value");
        if (_min is null && _max is null)
        {
            throw new FormatException("min_value and max_value cannot both be null");
        }

        _strictMin = Flag(config.Kwargs, "strict_min", false);
        _strictMax = Flag(config.Kwargs, "strict_max", false);
    }

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        return r =>
        {
            if (ColumnValues.IsMissing(values, r))
            {
                return Verdict.Ignored;
            }

            if (ColumnValues.Ordinal(values, r) is not { } v)
            {
                return Verdict.Unexpected;
            }

            var aboveMin = _min is not { } min || (_strictMin ? v > min : v >= min);
            var belowMax = _max is not { } max || (_strictMax ? v < max : v <= max);
            return aboveMin && belowMax ? Verdict.Expected : Verdict.Unexpected;
        };
    }
}
