using System.Text.Json.Nodes;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>One expectation being evaluated batch by batch; it keeps only counters and a few samples.</summary>
internal abstract class ExpectationCheck(ExpectationConfig config, int index)
{
    public ExpectationConfig Config { get; } = config;

    public int Index { get; } = index;

    public abstract bool RowLevel { get; }

    public abstract void Observe(TableBatch batch, List<RowFailure> failures);

    public abstract ExpectationResult Complete(long rowCount);

    protected static double? Number(JsonObject kwargs, string name)
    {
        var node = kwargs[name];
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.Number => node.GetValue<double>(),
            System.Text.Json.JsonValueKind.String => ColumnValues.ParseOrdinal(node.GetValue<string>())
                ?? throw new FormatException($"{name} '{node.GetValue<string>()}' is neither a number nor a date"),
            System.Text.Json.JsonValueKind.Null => null,
            _ => throw new FormatException($"{name} must be a number or a date string"),
        };
    }

    protected static bool Flag(JsonObject kwargs, string name, bool fallback)
        => kwargs[name] is { } node
            && node.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
            ? node.GetValue<bool>()
            : fallback;

    protected static string Text(JsonObject kwargs, string name) =>
        kwargs[name]?.GetValue<string>() ?? throw new FormatException($"kwargs.{name} is required");
}
