using System.Globalization;
using System.Text.Json.Nodes;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

internal sealed class RowCountCheck : ExpectationCheck
{
    private readonly double? _min;
    private readonly double? _max;

    public RowCountCheck(ExpectationConfig config, int index)
        : base(config, index)
    {
        _min = Number(config.Kwargs, "min_value");
        _max = Number(config.Kwargs, "max_value");
    }

    public override bool RowLevel => false;

    public override void Observe(TableBatch batch, List<RowFailure> failures)
    {
    }

    public override ExpectationResult Complete(long rowCount)
    {
        var success = (_min is not { } min || rowCount >= min) && (_max is not { } max || rowCount <= max);
        return new(Config, success, false, rowCount, 0, 0, null, [], rowCount.ToString(CultureInfo.InvariantCulture));
    }
}
