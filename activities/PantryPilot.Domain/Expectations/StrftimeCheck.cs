using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>Text columns are parsed with the strftime format translated to .NET; typed Date and Timestamp columns
/// pass by construction (their values are dates already; a bad date string was rejected when the row was
/// read).</summary>
internal sealed class StrftimeCheck : ColumnMapCheck
{
    private readonly string format;
    private readonly VerdictCache verdicts = new();

    public StrftimeCheck(ExpectationConfig config, int index, string column)
        : base(config, index, column) =>
        this.format = ToDotNet(Text(config.Kwargs, "strftime_format"));

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        if (values is not string?[] text)
        {
            return r => ColumnValues.IsMissing(values, r) ? Verdict.Ignored : Verdict.Expected;
        }

        return r => text[r] is not { } v ? Verdict.Ignored
            : this.verdicts.Get(v, Parses) ? Verdict.Expected : Verdict.Unexpected;
    }

    private bool Parses(string value)
        => DateTime.TryParseExact(value, this.format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    internal static string ToDotNet(string strftime)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < strftime.Length; i++)
        {
            var ch = strftime[i];
            if (ch != '%' || i + 1 == strftime.Length)
            {
                sb.Append('\\').Append(ch);
                continue;
            }

            var code = strftime[++i];
            sb.Append(code switch
            {
                'Y' => "yyyy",
                'y' => "yy",
                'm' => "M", // one-letter forms accept 1 or 2 digits, as strptime does
                'd' => "d",
                'H' => "H",
                'I' => "h",
                'M' => "m",
                'S' => "s",
                'f' => "ffffff",
                'p' => "tt",
                'b' => "MMM",
                'B' => "MMMM",
                'a' => "ddd",
                'A' => "dddd",
                'z' => "zzz",
                '%' => "\\%",
                _ => throw new FormatException($"strftime directive %{code} is not supported"),
            });
        }

        // A lone letter would be read as a .NET standard format ("d" = short date); '%' marks it custom.
        return sb.Length == 1 ? "%" + sb : sb.ToString();
    }
}
