using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>expect_compound_columns_to_be_unique: the combination of <c>column_list</c> values is unique (a key
/// spanning several columns, e.g. user_id + item_id). Rows where every listed value is missing are ignored (GE's
/// default <c>ignore_row_if: all_values_are_missing</c>); later duplicates are unexpected, the first is kept.</summary>
internal sealed class CompoundUniqueCheck(
    ExpectationConfig config,
    int index,
    string[] columns) : ColumnMapCheck(config, index, columns[0])
{
    private readonly HashSet<ulong> seen = [];

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var arrays = columns.Select(batch.Column).ToArray();
        return r =>
        {
            var present = false;
            var key = ColumnValues.FnvOffset;
            foreach (var values in arrays)
            {
                var v = ColumnValues.Format(values, r);
                present |= v is not null;
                // The values joined by a unit separator.
                key = ColumnValues.Hash64(ColumnValues.Hash64(key, v), "\u001f");
            }

            return !present ? Verdict.Ignored : this.seen.Add(key) ? Verdict.Expected : Verdict.Unexpected;
        };
    }

    protected override string? Describe(TableBatch batch, int row) =>
        string.Join(", ", columns.Select(c => $"{c}={ColumnValues.Format(batch.Column(c), row)}"));
}
