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

    protected static bool Flag(JsonObject kwargs, string name, bool fallback) =>
        kwargs[name] is { } node && node.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
            ? node.GetValue<bool>()
            : fallback;

    protected static string Text(JsonObject kwargs, string name) =>
        kwargs[name]?.GetValue<string>() ?? throw new FormatException($"kwargs.{name} is required");
}

/// <summary>A check that cannot run: unsupported type, missing column or bad kwargs. It always fails, loudly.</summary>
internal sealed class BrokenCheck(ExpectationConfig config, int index, string error, bool rowLevel) : ExpectationCheck(config, index)
{
    public override bool RowLevel => rowLevel;

    public override void Observe(TableBatch batch, List<RowFailure> failures)
    {
    }

    public override ExpectationResult Complete(long rowCount) => new(Config, false, RowLevel, rowCount, 0, 0, null, [], Error: error);
}

/// <summary>What a row is to a column-map expectation.</summary>
internal enum Verdict
{
    /// <summary>Missing value: skipped, as GE does.</summary>
    Ignored,
    Expected,
    Unexpected,
}

/// <summary>GE "column map" expectations: judged row by row; <c>mostly</c> is the fraction of evaluated (non-missing)
/// rows that must pass.</summary>
internal abstract class ColumnMapCheck : ExpectationCheck
{
    private readonly List<UnexpectedSample> _samples = [];
    private long _elements;
    private long _missing;
    private long _unexpected;

    protected ColumnMapCheck(ExpectationConfig config, int index, string column)
        : base(config, index)
    {
        Column = column;
        var mostly = Number(config.Kwargs, "mostly") ?? 1.0;
        Mostly = mostly is >= 0 and <= 1 ? mostly : throw new FormatException($"mostly must be between 0 and 1, not {mostly}");
    }

    public override bool RowLevel => true;

    protected string Column { get; }

    protected double Mostly { get; }

    /// <summary>not_be_null counts missing values as unexpected and takes its percentages over all rows.</summary>
    protected virtual bool CountsMissing => false;

    /// <summary>Binds to the batch's arrays once; the returned function judges one row.</summary>
    protected abstract Func<int, Verdict> Bind(TableBatch batch);

    protected virtual string? Describe(TableBatch batch, int row) => ColumnValues.Format(batch.Column(Column), row);

    public override void Observe(TableBatch batch, List<RowFailure> failures)
    {
        var judge = Bind(batch);
        var sourceRows = batch.Schema.Contains(TableSchema.SourceRowColumn) ? batch.Integer(TableSchema.SourceRowColumn) : null;
        for (var r = 0; r < batch.RowCount; r++)
        {
            _elements++;
            var verdict = judge(r);
            if (verdict == Verdict.Ignored)
            {
                _missing++;
                continue;
            }

            if (verdict == Verdict.Unexpected)
            {
                _unexpected++;
                var value = Describe(batch, r);
                var sourceRow = sourceRows?[r];
                if (_samples.Count < ExpectationEvaluator.SampleSize)
                {
                    _samples.Add(new(sourceRow, value));
                }

                failures.Add(new(r, sourceRow, Index, Column, value));
            }
        }
    }

    public override ExpectationResult Complete(long rowCount)
    {
        var evaluated = CountsMissing ? _elements : _elements - _missing;
        double? percent = evaluated == 0 ? null : 100.0 * _unexpected / evaluated;
        var success = evaluated == 0 || (double)(evaluated - _unexpected) / evaluated >= Mostly;
        return new(Config, success, true, _elements, CountsMissing ? 0 : _missing, _unexpected, percent, _samples.ToArray());
    }
}
