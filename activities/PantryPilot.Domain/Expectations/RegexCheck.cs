using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

internal sealed class RegexCheck : ColumnMapCheck
{
    private readonly Regex regex;
    private readonly VerdictCache verdicts = new();

    public RegexCheck(ExpectationConfig config, int index, string column)
        : base(config, index, column) =>
        this.regex = new Regex(Text(config.Kwargs, "regex"), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>GE uses <c>re.search</c>: a match anywhere counts unless the pattern is anchored. Verdicts are
    /// remembered per distinct value (units, codes and names repeat on millions of rows).</summary>
    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        return r => ColumnValues.Format(values, r) is not { } v ? Verdict.Ignored
            : this.verdicts.Get(v, this.regex.IsMatch) ? Verdict.Expected : Verdict.Unexpected;
    }
}
