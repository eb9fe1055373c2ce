using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

internal sealed class NotNullCheck(ExpectationConfig config, int index, string column) : ColumnMapCheck(config, index, column)
{
    protected override bool CountsMissing => true;

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        return r => ColumnValues.IsMissing(values, r) ? Verdict.Unexpected : Verdict.Expected;
    }
}

/// <summary>Numbers compare by value; dates and timestamps compare on one time line (bounds given as ISO dates).</summary>
internal sealed class BetweenCheck : ColumnMapCheck
{
    private readonly double? _min;
    private readonly double? _max;
    private readonly bool _strictMin;
    private readonly bool _strictMax;

    public BetweenCheck(ExpectationConfig config, int index, string column)
        : base(config, index, column)
    {
        _min = Number(config.Kwargs, "min_value");
        _max = Number(config.Kwargs, "max_value");
        if (_min is null && _max is null)
        {
            throw new FormatException("min_value and max_value cannot both be null");
        }

        _strictMin = Flag(config.Kwargs, "strict_min", false);
        _strictMax = Flag(config.Kwargs, "strict_max", false);
    }

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        return r =>
        {
            if (ColumnValues.IsMissing(values, r))
            {
                return Verdict.Ignored;
            }

            if (ColumnValues.Ordinal(values, r) is not { } v)
            {
                return Verdict.Unexpected;
            }

            var aboveMin = _min is not { } min || (_strictMin ? v > min : v >= min);
            var belowMax = _max is not { } max || (_strictMax ? v < max : v <= max);
            return aboveMin && belowMax ? Verdict.Expected : Verdict.Unexpected;
        };
    }
}

internal sealed class InSetCheck : ColumnMapCheck
{
    private readonly HashSet<string> _set = new(StringComparer.Ordinal);

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
                System.Text.Json.JsonValueKind.Number => item.GetValue<double>().ToString("R", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (text is not null)
            {
                _set.Add(ColumnValues.Canonical(text)!);
            }
        }
    }

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        return r => ColumnValues.Format(values, r) is not { } v ? Verdict.Ignored
            : _set.Contains(ColumnValues.Canonical(v)!) ? Verdict.Expected : Verdict.Unexpected;
    }
}

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

/// <summary>Text columns are parsed with the strftime format translated to .NET; typed Date and Timestamp columns
/// pass by construction (their values are dates already; a bad date string was rejected when the row was read).</summary>
internal sealed class StrftimeCheck : ColumnMapCheck
{
    private readonly string _format;
    private readonly VerdictCache _verdicts = new();

    public StrftimeCheck(ExpectationConfig config, int index, string column)
        : base(config, index, column) =>
        _format = ToDotNet(Text(config.Kwargs, "strftime_format"));

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        if (values is not string?[] text)
        {
            return r => ColumnValues.IsMissing(values, r) ? Verdict.Ignored : Verdict.Expected;
        }

        return r => text[r] is not { } v ? Verdict.Ignored
            : _verdicts.Get(v, Parses) ? Verdict.Expected : Verdict.Unexpected;
    }

    private bool Parses(string value) => DateTime.TryParseExact(value, _format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

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

/// <summary>Streaming uniqueness with 64-bit hashes of the values (8 bytes per distinct value, about 20-30 bytes
/// with HashSet overhead: ~250 MB for 10 million distinct values). The first occurrence is the valid one; later
/// duplicates are unexpected. Collisions are negligible (~n²/2^65).</summary>
internal sealed class UniqueCheck(ExpectationConfig config, int index, string column) : ColumnMapCheck(config, index, column)
{
    private readonly HashSet<ulong> _seen = [];

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        return r => ColumnValues.Format(values, r) is not { } v ? Verdict.Ignored
            : _seen.Add(ColumnValues.Hash64(v)) ? Verdict.Expected : Verdict.Unexpected;
    }
}

/// <summary>expect_compound_columns_to_be_unique: the combination of <c>column_list</c> values is unique (a key
/// spanning several columns, e.g. user_id + item_id). Rows where every listed value is missing are ignored (GE's
/// default <c>ignore_row_if: all_values_are_missing</c>); later duplicates are unexpected, the first is kept.</summary>
internal sealed class CompoundUniqueCheck(ExpectationConfig config, int index, string[] columns) : ColumnMapCheck(config, index, columns[0])
{
    private readonly HashSet<ulong> _seen = [];

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
                key = ColumnValues.Hash64(ColumnValues.Hash64(key, v), "\u001f"); // the values joined by a unit separator
            }

            return !present ? Verdict.Ignored : _seen.Add(key) ? Verdict.Expected : Verdict.Unexpected;
        };
    }

    protected override string? Describe(TableBatch batch, int row) =>
        string.Join(", ", columns.Select(c => $"{c}={ColumnValues.Format(batch.Column(c), row)}"));
}

/// <summary>column_A &gt; column_B (or &gt;=). <c>ignore_row_if</c>: both_values_are_missing (GE default),
/// either_value_is_missing, or neither; a compared missing value is unexpected.</summary>
internal sealed class PairGreaterCheck : ColumnMapCheck
{
    private readonly string _columnB;
    private readonly bool _orEqual;
    private readonly string _ignore;

    public PairGreaterCheck(ExpectationConfig config, int index, string columnA)
        : base(config, index, columnA)
    {
        _columnB = Text(config.Kwargs, "column_B");
        _orEqual = Flag(config.Kwargs, "or_equal", false);
        _ignore = config.Kwargs["ignore_row_if"]?.GetValue<string>() ?? "both_values_are_missing";
        if (_ignore is not ("both_values_are_missing" or "either_value_is_missing" or "neither"))
        {
            throw new FormatException($"ignore_row_if '{_ignore}' is not supported");
        }
    }

    public string ColumnB => _columnB;

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var a = batch.Column(Column);
        var b = batch.Column(_columnB);
        return r =>
        {
            var va = ColumnValues.Ordinal(a, r);
            var vb = ColumnValues.Ordinal(b, r);
            var ignore = _ignore switch
            {
                "both_values_are_missing" => va is null && vb is null,
                "either_value_is_missing" => va is null || vb is null,
                _ => false,
            };
            if (ignore)
            {
                return Verdict.Ignored;
            }

            return va is { } x && vb is { } y && (_orEqual ? x >= y : x > y) ? Verdict.Expected : Verdict.Unexpected;
        };
    }

    protected override string? Describe(TableBatch batch, int row) =>
        $"{Column}={ColumnValues.Format(batch.Column(Column), row) ?? "null"}, {_columnB}={ColumnValues.Format(batch.Column(_columnB), row) ?? "null"}";
}

/// <summary>A per-check memo of value → verdict, bounded so a column of unique values cannot grow it without end.</summary>
internal sealed class VerdictCache
{
    private const int Limit = 65_536;
    private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);

    public bool Get(string value, Func<string, bool> judge)
    {
        if (_known.TryGetValue(value, out var verdict))
        {
            return verdict;
        }

        verdict = judge(value);
        if (_known.Count < Limit)
        {
            _known[value] = verdict;
        }

        return verdict;
    }
}
