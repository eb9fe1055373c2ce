using System.Text;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>Evaluates a suite over a table streamed batch by batch. Memory: counters and 20 samples per expectation,
/// plus the hash set of each uniqueness expectation. Missing values (null, NaN) are ignored by every expectation except
/// expect_column_values_to_not_be_null, as in Great Expectations.</summary>
public sealed class ExpectationEvaluator
{
    public const string UnsupportedPrefix = "unsupported expectation type";

    /// <summary>GE's partial_unexpected_list length.</summary>
    public const int SampleSize = 20;

    public static readonly IReadOnlySet<string> SupportedTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "expect_column_values_to_not_be_null",
        "expect_column_values_to_be_between",
        "expect_column_values_to_be_in_set",
        "expect_column_values_to_match_strftime_format",
        "expect_column_values_to_match_regex",
        "expect_column_values_to_be_unique",
        "expect_table_row_count_to_be_between",
        "expect_table_columns_to_match_set",
        "expect_column_pair_values_A_to_be_greater_than_B",
        "expect_compound_columns_to_be_unique",
    };

    private readonly ExpectationCheck[] checks;
    private long rows;

    public ExpectationEvaluator(ExpectationSuite suite, TableSchema schema)
    {
        Suite = suite;
        Schema = schema;
        this.checks = suite.Expectations.Select((e, i) => Create(e, i, schema)).ToArray();
        ColumnsRead = ReferencedColumns(suite, schema);
    }

    /// <summary>The columns the checks look at (plus <c>source_row</c>, which names rows in reasons): a reader may
    /// decode only these. Table-level checks need the schema, not the values.</summary>
    public IReadOnlySet<string> ColumnsRead { get; }

    public ExpectationSuite Suite { get; }

    public TableSchema Schema { get; }

    /// <summary>Judges one batch. Returns its row-level failures (row index within the batch, expectation
    /// index).</summary>
    public IReadOnlyList<RowFailure> Observe(TableBatch batch)
    {
        var failures = new List<RowFailure>();
        foreach (var check in this.checks)
        {
            check.Observe(batch, failures);
        }

        this.rows += batch.RowCount;
        return failures;
    }

    public SuiteResult Complete()
        => new(Suite.Name, this.rows, this.checks.Select(c => c.Complete(this.rows)).ToArray());

    /// <summary>Rows of a batch that failed one of the selected expectations, with one reason per row naming table,
    /// source row, field, value and expectation (several failures joined by "; ").</summary>
    public (bool[] Mask, string?[] Reasons) Failing(
        int rowCount,
        IReadOnlyList<RowFailure> failures,
        Func<int, bool> selected)
    {
        var mask = new bool[rowCount];
        var reasons = new string?[rowCount];
        foreach (var f in failures)
        {
            if (!selected(f.Expectation))
            {
                continue;
            }

            var reason = Reason(f);
            mask[f.Row] = true;
            reasons[f.Row] = reasons[f.Row] is { } previous ? previous + "; " + reason : reason;
        }

        return (mask, reasons);
    }

    public string Reason(RowFailure failure)
    {
        var config = this.checks[failure.Expectation].Config;
        var args = new StringBuilder();
        foreach (var (key, arg) in config.Kwargs)
        {
            if (key is "column" or "result_format" or "catch_exceptions" or "include_config")
            {
                continue;
            }

            args.Append(args.Length == 0 ? "" : ", ").Append(key).Append('=').Append(arg?.ToJsonString() ?? "null");
        }

        var kwargs = args.Length > 120 ? args.ToString(0, 117) + "..." : args.ToString();
        var value = failure.Value is null ? "null" : $"'{failure.Value}'";
        return $"{Schema.Name} row "
            + $"{failure.SourceRow?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} field "
            + $"{failure.Column}: {value} failed {config.Type}({kwargs})";
    }

    private static ExpectationCheck Create(ExpectationConfig config, int index, TableSchema schema)
    {
        var rowLevel = config.Type.StartsWith("expect_column_", StringComparison.Ordinal)
            || config.Type == "expect_compound_columns_to_be_unique";
        if (!SupportedTypes.Contains(config.Type))
        {
            return new BrokenCheck(
                config,
                index,
                $"{UnsupportedPrefix} '{config.Type}': PantryPilot does not evaluate it, so it cannot pass",
                rowLevel);
        }

        try
        {
            if (config.Type == "expect_table_row_count_to_be_between")
            {
                return new RowCountCheck(config, index);
            }

            if (config.Type == "expect_table_columns_to_match_set")
            {
                return new ColumnSetCheck(config, index, schema);
            }

            if (config.Type == "expect_compound_columns_to_be_unique")
            {
                var columns = config.Kwargs["column_list"]?.AsArray()
                    .Select(c => c?.GetValue<string>() ?? throw new FormatException("column_list holds a null"))
                    .ToArray()
                    ?? throw new FormatException("kwargs.column_list is required");
                foreach (var c in columns)
                {
                    RequireColumn(schema, c);
                }

                return new CompoundUniqueCheck(config, index, columns);
            }

            var column = config.Type == "expect_column_pair_values_A_to_be_greater_than_B"
                ? config.Kwargs["column_A"]?.GetValue<string>()
                : config.Column;
            if (column is null)
            {
                throw new FormatException("kwargs.column is required");
            }

            RequireColumn(schema, column);
            if (config.Kwargs["column_B"]?.GetValue<string>() is { } columnB)
            {
                RequireColumn(schema, columnB);
            }

            return config.Type switch
            {
                "expect_column_values_to_not_be_null" => new NotNullCheck(config, index, column),
                "expect_column_values_to_be_between" => new BetweenCheck(config, index, column),
                "expect_column_values_to_be_in_set" => new InSetCheck(config, index, column),
                "expect_column_values_to_match_strftime_format" => new StrftimeCheck(config, index, column),
                "expect_column_values_to_match_regex" => new RegexCheck(config, index, column),
                "expect_column_values_to_be_unique" => new UniqueCheck(config, index, column),
                _ => new PairGreaterCheck(config, index, column),
            };
        }
        catch (Exception e)
            when (e is FormatException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            return new BrokenCheck(config, index, $"{config.Type} on table {schema.Name}: {e.Message}", rowLevel);
        }
    }

    private static HashSet<string> ReferencedColumns(ExpectationSuite suite, TableSchema schema)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal) { TableSchema.SourceRowColumn };
        foreach (var kwargs in suite.Expectations.Select(e => e.Kwargs))
        {
            foreach (var key in new[] { "column", "column_A", "column_B" })
            {
                if (kwargs[key] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var name))
                {
                    columns.Add(name);
                }
            }

            if (kwargs["column_list"] is System.Text.Json.Nodes.JsonArray list)
            {
                columns.UnionWith(
                    list.OfType<System.Text.Json.Nodes.JsonValue>()
                        .Select(c => c.TryGetValue<string>(out var n) ? n : null)
                        .OfType<string>());
            }
        }

        columns.IntersectWith(schema.ColumnNames);
        return columns;
    }

    private static void RequireColumn(TableSchema schema, string column)
    {
        if (!schema.Contains(column))
        {
            throw new KeyNotFoundException($"column '{column}' does not exist");
        }
    }
}
