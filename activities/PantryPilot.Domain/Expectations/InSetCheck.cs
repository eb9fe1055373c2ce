using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

internal sealed class InSetCheck : ColumnMapCheck
{
    private readonly HashSet<string> set = new(StringComparer.Ordinal);

    public InSetCheck(ExpectationConfig config, int index, string column)
        : base(config, index, column)
    {
        var set = config.Kwargs["value_set"] as JsonArray ?? throw new FormatException("value_set must be an array");
        foreach (var item in set)
        {
            var text = item?.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.String => item.GetValue<string>(),
                System.Text.Json.JsonValueKind.True => "true",
                System.Text.Json.JsonValueKind.False => "false",
                System.Text.Json.JsonValueKind.Number
                    => item.GetValue<double>().ToString("R", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (text is not null)
            {
                this.set.Add(ColumnValues.Canonical(text)!);
            }
        }
    }

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        return r => ColumnValues.Format(values, r) is not { } v ? Verdict.Ignored
            : this.set.Contains(ColumnValues.Canonical(v)!) ? Verdict.Expected : Verdict.Unexpected;
    }
}
