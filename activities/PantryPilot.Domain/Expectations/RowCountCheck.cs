using System.Globalization;
using System.Text.Json.Nodes;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

internal sealed class RowCountCheck : ExpectationCheck
{
    private readonly double? min;
    private readonly double? max;

    public RowCountCheck(ExpectationConfig config, int index)
        : base(config, index)
    {
        this.min = Number(config.Kwargs, "min_value");
        this.max = Number(config.Kwargs, "max_value");
    }

    public override bool RowLevel => false;

    public override void Observe(TableBatch batch, List<RowFailure> failures)
    {
    }

    public override ExpectationResult Complete(long rowCount)
    {
        var success = (this.min is not { } min || rowCount >= min) && (this.max is not { } max || rowCount <= max);
        return new(Config, success, false, rowCount, 0, 0, null, [], rowCount.ToString(CultureInfo.InvariantCulture));
    }
}
