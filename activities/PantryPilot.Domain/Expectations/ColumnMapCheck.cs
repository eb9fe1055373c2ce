using System.Text.Json.Nodes;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>GE "column map" expectations: judged row by row; <c>mostly</c> is the fraction of evaluated (non-missing)
/// rows that must pass.</summary>
internal abstract class ColumnMapCheck : ExpectationCheck
{
    private readonly List<UnexpectedSample> samples = [];
    private long elements;
    private long missing;
    private long unexpected;

    protected ColumnMapCheck(ExpectationConfig config, int index, string column)
        : base(config, index)
    {
        Column = column;
        var mostly = Number(config.Kwargs, "mostly") ?? 1.0;
        Mostly = mostly is >= 0 and <= 1
            ? mostly
            : throw new FormatException($"mostly must be between 0 and 1, not {mostly}");
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
        var sourceRows = batch.Schema.Contains(TableSchema.SourceRowColumn)
            ? batch.Integer(TableSchema.SourceRowColumn)
            : null;
        for (var r = 0; r < batch.RowCount; r++)
        {
            this.elements++;
            var verdict = judge(r);
            if (verdict == Verdict.Ignored)
            {
                this.missing++;
                continue;
            }

            if (verdict == Verdict.Unexpected)
            {
                this.unexpected++;
                var value = Describe(batch, r);
                var sourceRow = sourceRows?[r];
                if (this.samples.Count < ExpectationEvaluator.SampleSize)
                {
                    this.samples.Add(new(sourceRow, value));
                }

                failures.Add(new(r, sourceRow, Index, Column, value));
            }
        }
    }

    public override ExpectationResult Complete(long rowCount)
    {
        var evaluated = CountsMissing ? this.elements : this.elements - this.missing;
        double? percent = evaluated == 0 ? null : 100.0 * this.unexpected / evaluated;
        var success = evaluated == 0 || (double)(evaluated - this.unexpected) / evaluated >= Mostly;
        return new(
            Config,
            success,
            true,
            this.elements,
            CountsMissing ? 0 : this.missing,
            this.unexpected,
            percent,
            this.samples.ToArray());
    }
}
