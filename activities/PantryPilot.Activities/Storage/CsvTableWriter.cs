using System.Buffers;
using System.Globalization;
using System.Text;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>Streams <see cref="TableBatch"/>es to a CSV file, one batch at a time. Layout: header of the chosen
/// columns; dates yyyy-MM-dd; timestamps ISO 8601 UTC; numbers invariant and round-trippable; booleans True/False (as
/// the original files); nulls empty; fields with a comma, quote or line break quoted (RFC 4180), and
/// <c>nutritional_tags</c> always quoted as in the original files. Like <see cref="ParquetTableWriter"/>, the file
/// appears at its final path only on <see cref="Complete"/>.</summary>
public sealed class CsvTableWriter : IDisposable
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string path;
    private readonly string tempPath;
    private readonly StreamWriter writer;
    private readonly string[] columns;
    private readonly bool[] alwaysQuote;
    private readonly char[] scratch = new char[64];
    private TableSchema? mappedSchema;
    private int[] map = [];
    private bool completed;

    private CsvTableWriter(string path, IReadOnlyList<string> columns)
    {
        this.path = path;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        this.tempPath = $"{path}.{Guid.NewGuid():N}.tmp";
        this.writer = new StreamWriter(
            new FileStream(this.tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16),
            Utf8NoBom,
            1 << 20);
        this.columns = [.. columns];
        this.alwaysQuote = new bool[this.columns.Length];
        for (var c = 0; c < this.columns.Length; c++)
        {
            this.alwaysQuote[c] = this.columns[c] == "nutritional_tags";
            if (c > 0)
            {
                this.writer.Write(',');
            }

            this.writer.Write(this.columns[c]);
        }

        this.writer.Write('\n');
    }

    public long RowsWritten { get; private set; }

    /// <summary>A writer for every column of <paramref name="schema"/> (processed and quarantine files: input columns
    /// plus extras).</summary>
    public static CsvTableWriter Create(string path, TableSchema schema) => new(path, [.. schema.ColumnNames]);

    /// <summary>A writer in the original system's layout: the schema's columns without <c>source_row</c>.</summary>
    public static CsvTableWriter CreateOriginalLayout(string path, TableSchema schema) =>
        new(path, [.. schema.ColumnNames.Where(c => c != TableSchema.SourceRowColumn)]);

    /// <summary>Appends the batch's rows. The batch must contain every column of this file (matched by name).</summary>
    public void Write(TableBatch batch)
    {
        var map = MapColumns(batch.Schema);
        for (var r = 0; r < batch.RowCount; r++)
        {
            for (var c = 0; c < map.Length; c++)
            {
                if (c > 0)
                {
                    this.writer.Write(',');
                }

                WriteValue(c, batch.Columns[map[c]], r);
            }

            this.writer.Write('\n');
        }

        RowsWritten += batch.RowCount;
    }

    /// <summary>Flushes and moves the file into place atomically.</summary>
    public void Complete()
    {
        this.writer.Dispose();
        File.Move(this.tempPath, this.path, overwrite: true);
        this.completed = true;
    }

    public void Dispose()
    {
        if (this.completed)
        {
            return;
        }

        this.writer.Dispose();
        File.Delete(this.tempPath);
    }

    private int[] MapColumns(TableSchema schema)
    {
        if (ReferenceEquals(schema, this.mappedSchema))
        {
            return this.map;
        }

        var map = new int[this.columns.Length];
        for (var c = 0; c < this.columns.Length; c++)
        {
            map[c] = schema.IndexOf(this.columns[c]) is var i and >= 0
                ? i
                : throw new ArgumentException(
                    $"CSV {Path.GetFileName(this.path)}: table {schema.Name} has no column '{this.columns[c]}'",
                    nameof(schema));
        }

        this.mappedSchema = schema;
        this.map = map;
        return map;
    }

    private void WriteValue(int c, Array column, int r)
    {
        switch (column)
        {
            case string?[] s:
                if (s[r] is { } text)
                {
                    WriteText(c, text);
                }

                break;
            case double?[] d:
                if (d[r] is { } number)
                {
                    WriteFormatted(number, "R");
                }

                break;
            case long?[] l:
                if (l[r] is { } integer)
                {
                    WriteFormatted(integer, null);
                }

                break;
            case bool?[] b:
                if (b[r] is { } flag)
                {
                    this.writer.Write(flag ? "True" : "False"); // as the original system wrote them
                }

                break;
            case DateOnly?[] dates:
                if (dates[r] is { } date)
                {
                    WriteFormatted(date, "yyyy-MM-dd");
                }

                break;
            case DateTime?[] t:
                if (t[r] is { } time)
                {
                    WriteFormatted(time, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'");
                }

                break;
            default:
                throw new InvalidOperationException($"unsupported column array {column.GetType()}");
        }
    }

    private void WriteFormatted<T>(T value, string? format)
        where T : ISpanFormattable
    {
        if (value.TryFormat(this.scratch, out var written, format, CultureInfo.InvariantCulture))
        {
            this.writer.Write(this.scratch, 0, written);
        }
        else
        {
            this.writer.Write(value.ToString(format, CultureInfo.InvariantCulture));
        }
    }

    private void WriteText(int c, string text)
    {
        if (!this.alwaysQuote[c] && text.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            this.writer.Write(text);
            return;
        }

        this.writer.Write('"');
        var span = text.AsSpan();
        int quote;
        while ((quote = span.IndexOf('"')) >= 0)
        {
            this.writer.Write(span[..(quote + 1)]);
            this.writer.Write('"');
            span = span[(quote + 1)..];
        }

        this.writer.Write(span);
        this.writer.Write('"');
    }
}
