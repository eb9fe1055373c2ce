using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

internal sealed class NotNullCheck(
    ExpectationConfig config,
    int index,
    string column) : ColumnMapCheck(config, index, column)
{
    protected override bool CountsMissing => true;

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        return r => ColumnValues.IsMissing(values, r) ? Verdict.Unexpected : Verdict.Expected;
    }
}
