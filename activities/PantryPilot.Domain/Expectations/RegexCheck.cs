using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

internal sealed class RegexCheck : ColumnMapCheck
{
    private readonly Regex _regex;
    private readonly VerdictCache _verdicts = new();

    public RegexCheck(ExpectationConfig config, int index, string column)
        : base(config, index, column) =>
        _regex = new Regex(Text(config.Kwargs, "regex"), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>GE uses <c>re.search</c>: a match anywhere counts unless the pattern is anchored. Verdicts are
    /// remembered per distinct value (units, codes and names repeat on millions of rows).</summary>
    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        return r => ColumnValues.Format(values, r) is not { } v ? Verdict.Ignored
            : _verdicts.Get(v, _regex.IsMatch) ? Verdict.Expected : Verdict.Unexpected;
    }
}
