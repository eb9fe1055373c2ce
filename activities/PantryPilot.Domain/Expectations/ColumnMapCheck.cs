using System.Text.Json.Nodes;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

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
