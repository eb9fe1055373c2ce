using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>Numbers compare by value; dates and timestamps compare on one time line (bounds given as ISO
/// dates).</summary>
internal sealed class BetweenCheck : ColumnMapCheck
{
    private readonly double? min;
    private readonly double? max;
    private readonly bool strictMin;
    private readonly bool strictMax;

    public BetweenCheck(ExpectationConfig config, int index, string column)
        : base(config, index, column)
    {
        this.min = Number(config.Kwargs, "min_value");
        this.max = Number(config.Kwargs, "max_value");
        if (this.min is null && this.max is null)
        {
            throw new FormatException("min_value and max_value cannot both be null");
        }

        this.strictMin = Flag(config.Kwargs, "strict_min", false);
        this.strictMax = Flag(config.Kwargs, "strict_max", false);
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

            var aboveMin = this.min is not { } min || (this.strictMin ? v > min : v >= min);
            var belowMax = this.max is not { } max || (this.strictMax ? v < max : v <= max);
            return aboveMin && belowMax ? Verdict.Expected : Verdict.Unexpected;
        };
    }
}
