using System.Text;
using nietras.SeparatedValues;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>Streams a CSV in the original system's layouts (BRIEF "Accepted file layouts") into batches of
/// <see cref="PantrySchemas.Inventory"/> or <see cref="PantrySchemas.Purchases"/>. Columns are found by header name
/// (any order; unknown ones ignored with a warning). A row that does not parse is quarantined with a reason like
/// <c>inventory.csv row 17 field quantity: 'abc' is not a number</c> and the run goes on; only a file that cannot be
/// read as a table at all (missing, binary, not UTF-8, a required column absent) throws <see cref="BadInputException"/>.
/// Rows are numbered from 1 for the first data row after the header; that number is the row's <c>source_row</c>.</summary>
public static class CsvTableReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        [PantrySchemas.Inventory.Name] = ["user_id", "item_id", "item_name", "quantity", "unit", "category", "expiry_date"],
        [PantrySchemas.Purchases.Name] = ["user_id", "transaction_id", "item_id", "item_name", "quantity_purchased", "unit", "price_total", "purchase_date"],
    };

    /// <summary>Columns a file must have; the other layout columns may be absent (read as null, with a warning).</summary>
    public static IReadOnlyList<string> RequiredColumns(TableSchema schema) =>
        Required.TryGetValue(schema.Name, out var columns) ? columns : schema.ColumnNames.Where(c => c != TableSchema.SourceRowColumn).ToArray();

    public static IEnumerable<ParsedBatch> Read(string path, TableSchema schema, int batchSize = 65_536, Action<string>? onWarning = null, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new BadInputException($"{file}: file not found ({path})");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        RejectBinary(stream, file);
        using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        using var reader = Open(text, file);
        if (reader.Header.ColNames.Count == 0 || reader.Header.ColNames is [""])
        {
            yield break; // empty file: nothing to read, nothing lost
        }

        var layout = Layout.Bind(file, schema, reader.Header.ColNames, onWarning);
        var builder = new RowBatchBuilder(schema, batchSize);
        var cursor = new Cursor();
        var more = true;
        while (more)
        {
            cancellationToken.ThrowIfCancellationRequested();
            more = FillGuarded(reader, layout, builder, cursor, file);
            if (!builder.IsEmpty)
            {
                yield return builder.Flush();
            }
        }
    }

    private static SepReader Open(StreamReader text, string file)
    {
        try
        {
            return Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(text);
        }
        catch (DecoderFallbackException)
        {
            throw new BadInputException($"{file}: the header is not UTF-8 text; save the file as UTF-8 CSV");
        }
    }

    private static bool FillGuarded(SepReader reader, Layout layout, RowBatchBuilder builder, Cursor cursor, string file)
    {
        try
        {
            return Fill(reader, layout, builder, cursor, file);
        }
        catch (DecoderFallbackException)
        {
            throw new BadInputException($"{file} row {cursor.Row + 1}: the file is not UTF-8 text (invalid byte sequence); save it as UTF-8 CSV");
        }
    }

    /// <summary>Parses rows until the batch is full (returns true: more may follow) or the file ends (false).</summary>
    private static bool Fill(SepReader reader, Layout layout, RowBatchBuilder builder, Cursor cursor, string file)
    {
        while (!builder.IsFull)
        {
            if (!reader.MoveNext())
            {
                return false;
            }

            var row = reader.Current;
            var number = ++cursor.Row;
            builder.Begin(number);
            if (row.ColCount != layout.HeaderCount)
            {
                builder.Quarantine(ShapeProblem(file, number, row.ColCount, layout.HeaderCount, row.Span));
                continue;
            }

            StringBuilder? problems = null;
            foreach (var binding in layout.Bindings)
            {
                var problem = FieldParsers.ParseInto(builder.Column(binding.Column), builder.Slot, binding.Kind, row[binding.HeaderIndex].Span);
                if (problem is not null)
                {
                    problems ??= new StringBuilder();
                    problems.Append(problems.Length == 0 ? $"{file} row {number} " : "; ").Append($"field {binding.Name}: {problem}");
                }
            }

            if (problems is null)
            {
                builder.Commit();
            }
            else
            {
                builder.Quarantine(problems.ToString());
            }
        }

        return true;
    }

    private static string ShapeProblem(string file, long number, int fields, int expected, ReadOnlySpan<char> raw)
    {
        var quotes = raw.Count('"');
        var swallowed = raw.Count('\n');
        var what = quotes % 2 == 1 || swallowed > 0
            ? swallowed > 0 ? $"unterminated quote (it runs over the next {swallowed} line(s), which are part of this row)" : "unterminated quote"
            : $"{fields} fields, expected {expected} (as in the header)";
        return $"{file} row {number}: {what}: {FieldParsers.Quote(raw)}";
    }

    /// <summary>NUL bytes in the first block mean a binary file (UTF-16 text starts with a byte-order mark instead).</summary>
    private static void RejectBinary(FileStream stream, string file)
    {
        Span<byte> head = stackalloc byte[4096];
        var read = stream.Read(head);
        stream.Position = 0;
        var sample = head[..read];
        var utf16 = sample.Length >= 2 && ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF));
        if (!utf16 && sample.Contains((byte)0))
        {
            throw new BadInputException($"{file}: not a text file (binary content); expected a UTF-8 CSV with a header row");
        }
    }

    private sealed class Cursor
    {
        public long Row { get; set; }
    }

    private sealed record Binding(string Name, int Column, ColumnKind Kind, int HeaderIndex);

    /// <summary>Which header position feeds which schema column.</summary>
    private sealed record Layout(int HeaderCount, Binding[] Bindings)
    {
        public static Layout Bind(string file, TableSchema schema, IReadOnlyList<string> header, Action<string>? onWarning)
        {
            var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                var name = header[i].Trim().Trim('\uFEFF');
                if (!positions.TryAdd(name, i))
                {
                    throw new BadInputException($"{file}: column '{name}' appears twice in the header");
                }
            }

            foreach (var required in RequiredColumns(schema))
            {
                if (!positions.ContainsKey(required))
                {
                    throw new BadInputException($"{file}: required column '{required}' is missing from the header (found: {string.Join(", ", header)})");
                }
            }

            var bindings = new List<Binding>();
            foreach (var column in schema.Columns)
            {
                if (column.Name == TableSchema.SourceRowColumn)
                {
                    continue;
                }

                if (positions.Remove(column.Name, out var at))
                {
                    bindings.Add(new Binding(column.Name, schema.IndexOf(column.Name), column.Kind, at));
                }
                else
                {
                    onWarning?.Invoke($"{file}: optional column '{column.Name}' is missing; it is read as empty");
                }
            }

            foreach (var extra in positions.Keys.Where(k => k.Length > 0).Order(StringComparer.Ordinal))
            {
                onWarning?.Invoke($"{file}: column '{extra}' is not part of the {schema.Name} layout and is ignored");
            }

            return new Layout(header.Count, bindings.ToArray());
        }
    }
}
