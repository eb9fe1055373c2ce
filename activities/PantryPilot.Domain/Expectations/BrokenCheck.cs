using System.Text.Json.Nodes;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>A check that cannot run: unsupported type, missing column or bad kwargs. It always fails, loudly.</summary>
internal sealed class BrokenCheck(
    ExpectationConfig config,
    int index,
    string error,
    bool rowLevel) : ExpectationCheck(config, index)
{
    public override bool RowLevel => rowLevel;

    public override void Observe(TableBatch batch, List<RowFailure> failures)
    {
    }

    public override ExpectationResult Complete(long rowCount)
        => new(Config, false, RowLevel, rowCount, 0, 0, null, [], Error: error);
}
