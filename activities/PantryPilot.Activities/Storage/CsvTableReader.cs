using System.Text;
using nietras.SeparatedValues;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>Streams a CSV in the original system's layouts (BRIEF "Accepted file layouts") into batches of
/// <see cref="PantrySchemas.Inventory"/> or <see cref="PantrySchemas.Purchases"/>. Columns are found by header name
/// (any order). A header that is not in the layout is reported, and one that looks like a misspelling of a layout
/// column that is missing (edit distance) is reported as such (an error under <c>strict</c>). With
/// <c>carryUnknownColumns</c> (the pipeline's ingest) every column the layout does not know, a misspelt one included,
/// is kept as a text column holding the file's text verbatim, after the layout's columns in file order
/// (<see cref="UnknownColumnNames"/>); without it (<c>db load</c>: the tables have fixed columns) such columns are
/// reported and not loaded. A row that does not parse is quarantined with a reason like <c>inventory.csv line 17 field
/// quantity: 'abc' is not a number</c>, every field kept as its original text (see
/// <see cref="TextQuarantineBuilder"/>), and the run goes on. A fault that makes the rest of the file untrustworthy
/// (binary content, not UTF-8, a quote left open over more than <see cref="MaxLinesPerRow"/> lines or to the end of the
/// file, a required column absent) throws <see cref="BadInputException"/> naming the file and the line where it
/// started. <c>source_row</c> is the file's line number (1-based, the header is line 1) on which the row
/// starts.</summary>
public static class CsvTableReader
{
    /// <summary>A quoted field may hold line breaks, but a row spanning more lines than this is a stray quote
    /// swallowing the file, not data (no column of the layouts holds paragraphs).</summary>
    public const int MaxLinesPerRow = 5;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(
        encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true);

    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        [PantrySchemas.Inventory.Name] =
            ["user_id", "item_id", "item_name", "quantity", "unit", "category", "expiry_date"],
        [PantrySchemas.Purchases.Name] =
        [
            "user_id", "transaction_id", "item_id", "item_name", "quantity_purchased", "unit", "price_total",
            "purchase_date"
        ],
    };

    /// <summary>Columns a file must have; the other layout columns may be absent (read as null, with a
    /// warning).</summary>
    public static IReadOnlyList<string> RequiredColumns(TableSchema schema)
        => Required.TryGetValue(schema.Name, out var columns)
            ? columns
            : schema.ColumnNames.Where(c => c != TableSchema.SourceRowColumn).ToArray();

    public static IEnumerable<ParsedBatch> Read(
        string path,
        TableSchema schema,
        int batchSize = 65_536,
        Action<string>? onWarning = null,
        CancellationToken cancellationToken = default,
        bool strict = false,
        bool carryUnknownColumns = false)
    {
        var file = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            throw new BadInputException(
                $"{Path.GetFullPath(path)} is a folder, not a CSV file: give the {schema.Name} CSV file itself");
        }

        if (!File.Exists(path))
        {
            throw new BadInputException($"{file}: file not found ({path})");
        }

        using var stream = new FileStream(
            path,
            FileMode.Open,
            FileAccess.Read,
            FileShare.Read,
            1 << 16,
            FileOptions.SequentialScan);
        RejectBinary(stream, file);
        using var text = new StreamReader(
            stream,
            StrictUtf8,
            detectEncodingFromByteOrderMarks: true,
            bufferSize: 1 << 16);
        using var reader = Open(text, path);
        if (reader.Header.ColNames.Count == 0 || reader.Header.ColNames is [""])
        {
            yield break; // empty file: nothing to read, nothing lost
        }

        var layout = Layout.Bind(file, schema, reader.Header.ColNames, onWarning, strict, carryUnknownColumns);
        var builder = new RowBatchBuilder(layout.Schema, batchSize);
        var quarantine = new TextQuarantineBuilder(schema.Name, reader.Header.ColNames, batchSize);
        var cursor = new Cursor();
        var more = true;
        while (more)
        {
            cancellationToken.ThrowIfCancellationRequested();
            more = FillGuarded(reader, layout, builder, quarantine, cursor, path);
            if (!builder.IsEmpty || quarantine.Count > 0)
            {
                yield return new ParsedBatch(builder.Flush().Rows, quarantine.Flush());
            }
        }
    }

    /// <summary>Opens the reader, which decodes a whole buffer ahead (the header and many lines after it): a bad byte
    /// anywhere in that buffer surfaces here, so the line is found by scanning the file
    /// (<see cref="NotUtf8"/>).</summary>
    private static SepReader Open(StreamReader text, string path)
    {
        try
        {
            return Sep.New(',')
                .Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true })
                .From(text);
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8(path);
        }
    }

    private static bool FillGuarded(
        SepReader reader,
        Layout layout,
        RowBatchBuilder builder,
        TextQuarantineBuilder quarantine,
        Cursor cursor,
        string path)
    {
        try
        {
            return Fill(reader, layout, builder, quarantine, cursor, Path.GetFileName(path));
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8(path);
        }
    }

    /// <summary>The error for a file whose bytes are not UTF-8, naming the first line that holds an invalid
    /// byte.</summary>
    private static BadInputException NotUtf8(string path)
    {
        var file = Path.GetFileName(path);
        if (Utf8Scan.FirstInvalid(path) is not { } bad)
        {
            return new BadInputException($"{file}: the file is not UTF-8 text; save it as UTF-8 CSV");
        }

        var where = bad.Line == 1 ? "line 1 (the header)" : $"line {bad.Line}";
        return new BadInputException(
            $"{file} {where} is not UTF-8: byte 0x{bad.Value:X2} at column {bad.Column} (a Latin-1 or Windows-1252 "
            + "file?); nothing was loaded. Save the file as UTF-8 CSV");
    }

    /// <summary>Parses rows until the batch is full (returns true: more may follow) or the file ends (false).</summary>
    private static bool Fill(
        SepReader reader,
        Layout layout,
        RowBatchBuilder builder,
        TextQuarantineBuilder quarantine,
        Cursor cursor,
        string file)
    {
        var fields = new string[layout.HeaderCount];
        while (!builder.IsFull && quarantine.Count < builder.Capacity)
        {
            if (!reader.MoveNext())
            {
                if (cursor.OpenQuoteLine is { } open)
                {
                    throw new BadInputException(
                        $"{file} line {open}: a quote opened on this line is never closed (it runs to the end of the "
                        + "file); the rest of the file cannot be trusted, nothing was loaded. "
                        + "Fix or remove the stray quote.");
                }

                return false;
            }

            var row = reader.Current;
            long line = row.LineNumberFrom;
            var lines = row.LineNumberToExcl - row.LineNumberFrom;
            cursor.NextLine = row.LineNumberToExcl;
            if (lines > MaxLinesPerRow)
            {
                throw new BadInputException(
                    $"{file} line {line}: a quote opened on this line is not closed within {MaxLinesPerRow} lines "
                    + $"(the row runs over {lines} lines); the rest of the file cannot be trusted, "
                    + "nothing was loaded. Fix or remove the stray quote.");
            }

            if (row.ColCount != layout.HeaderCount)
            {
                var raw = row.Span;
                var openQuote = raw.Count('"') % 2 == 1;

                // An odd number of quotes means the quote is still open: only the end of the file can follow.
                cursor.OpenQuoteLine = openQuote ? line : null;

                builder.Begin(line);
                quarantine.AddRawLine(
                    line,
                    raw.ToString(),
                    ShapeProblem(file, line, row.ColCount, layout.HeaderCount, lines, openQuote));
                continue;
            }

            builder.Begin(line);
            StringBuilder? problems = null;
            foreach (var binding in layout.Bindings)
            {
                var problem = FieldParsers.ParseInto(
                    builder.Column(binding.Column),
                    builder.Slot,
                    binding.Kind,
                    row[binding.HeaderIndex].Span);
                if (problem is not null)
                {
                    problems ??= new StringBuilder();
                    problems.Append(
                        problems.Length == 0
                            ? $"{file} line {line} "
                            : "; ").Append($"field {binding.Name}: {problem}");
                }
            }

            if (problems is null)
            {
                foreach (var extra in layout.Extras)
                {
                    // Verbatim: the field's text after CSV unquoting, an empty field stays "" (not null).
                    ((string?[])builder.Column(extra.Column))[builder.Slot] = row[extra.HeaderIndex].ToString();
                }

                builder.Commit();
            }
            else
            {
                // The slot is overwritten by the next row; the quarantine keeps every field as the file wrote it.
                for (var f = 0; f < fields.Length; f++)
                {
                    fields[f] = row[f].ToString();
                }

                quarantine.AddFields(line, fields, problems.ToString());
            }
        }

        return true;
    }

    private static string ShapeProblem(string file, long line, int fields, int expected, int lines, bool openQuote)
    {
        var what = openQuote || lines > 1
            ? $"unterminated quote (the row runs over {lines} line(s), kept whole in raw_line)"
            : $"{fields} fields, expected {expected} (as in the header)";
        return $"{file} line {line}: {what}";
    }

    /// <summary>NUL bytes in the first block mean a binary file (UTF-16 text starts with a byte-order mark
    /// instead).</summary>
    private static void RejectBinary(FileStream stream, string file)
    {
        Span<byte> head = stackalloc byte[4096];
        var read = stream.Read(head);
        stream.Position = 0;
        var sample = head[..read];
        var utf16 = sample.Length >= 2
            && ((sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF));
        if (!utf16 && sample.Contains((byte)0))
        {
            throw new BadInputException(
                $"{file}: not a text file (binary content); expected a UTF-8 CSV with a header row");
        }
    }

    private sealed class Cursor
    {
        public long NextLine { get; set; } = 2;

        public long? OpenQuoteLine { get; set; }
    }

    /// <summary>The names unknown columns of a file get in <paramref name="schema"/>'s output: the header's name,
    /// trimmed; a blank name, or one the output already uses (a layout, derived, lineage or quarantine column), becomes
    /// <c>column_N</c> (N: the 1-based position in the header), so no carried value can shadow a known
    /// column.</summary>
    public static string UnknownColumnName(TableSchema schema, string headerName, int headerIndex, ISet<string> taken)
    {
        var name = headerName.Trim().Trim('\uFEFF');
        if (name.Length == 0 || schema.Contains(name) || Reserved.Contains(name) || !taken.Add(name))
        {
            name = $"column_{headerIndex + 1}";
            taken.Add(name);
        }

        return name;
    }

    /// <summary>Names a carried column may not take: the columns later stages add.</summary>
    private static readonly HashSet<string> Reserved = new(
        PantrySchemas.InventoryDerived.Concat(PantrySchemas.PurchaseDerived)
            .Select(c => c.Name)
            .Append(PantrySchemas.Reason.Name)
            .Append(TextQuarantineBuilder.RawLineColumn)
            .Append(TableSchema.SourceRowColumn),
        StringComparer.OrdinalIgnoreCase);

    private sealed record Binding(string Name, int Column, ColumnKind Kind, int HeaderIndex);

    /// <summary>Which header position feeds which schema column; <see cref="Schema"/> is the layout plus the carried
    /// unknown columns (the layout itself, same instance, when there are none).</summary>
    private sealed record Layout(int HeaderCount, Binding[] Bindings, TableSchema Schema, Binding[] Extras)
    {
        public static Layout Bind(
            string file,
            TableSchema schema,
            IReadOnlyList<string> header,
            Action<string>? onWarning,
            bool strict,
            bool carry)
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

            var missing = new List<string>();
            foreach (var required in RequiredColumns(schema))
            {
                if (!positions.ContainsKey(required))
                {
                    var guess = HeaderSpelling.ClosestMatch(required, positions.Keys);
                    throw new BadInputException(
                        $"{file}: required column '{required}' is missing from the header"
                        + $"{(guess is null ? string.Empty : $" ('{guess}' looks like a misspelling of it)")} (found: "
                        + $"{string.Join(", ", header)})");
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
                    missing.Add(column.Name);
                }
            }

            var extras = positions.Keys.Where(k => k.Length > 0).Order(StringComparer.Ordinal).ToArray();
            var misspelt = new List<string>();
            foreach (var name in missing)
            {
                if (HeaderSpelling.ClosestMatch(name, extras) is { } guess)
                {
                    misspelt.Add(guess);
                    var message = $"{file}: {HeaderSpelling.MisspellingMarker} '{guess}' looks like a misspelling of "
                        + $"the column '{name}'; '{name}' is read as empty";
                    if (strict)
                    {
                        throw new BadInputException(message + " (--strict: fix the header or drop --strict)");
                    }

                    onWarning?.Invoke(carry ? message + $" and '{guess}' is carried as a column of its own" : message);
                }
                else
                {
                    onWarning?.Invoke($"{file}: optional column '{name}' is missing; it is read as empty");
                }
            }

            foreach (var extra in extras.Except(misspelt, StringComparer.OrdinalIgnoreCase))
            {
                onWarning?.Invoke(
                    carry
                        ? $"{file}: column '{extra}' is not part of the {schema.Name} layout; "
                            + "it is carried through as text"
                        : $"{file}: column '{extra}' is not part of the {schema.Name} layout; "
                            + "it is not loaded (quarantined rows keep it)");
            }

            if (!carry || positions.Count == 0)
            {
                return new Layout(header.Count, bindings.ToArray(), schema, []);
            }

            // Every header position no layout column took, in file order (blank names too: their values are data).
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var unknown = positions.Values.Order().ToArray();
            var specs = new ColumnSpec[unknown.Length];
            var carried = new Binding[unknown.Length];
            for (var i = 0; i < unknown.Length; i++)
            {
                var name = UnknownColumnName(schema, header[unknown[i]], unknown[i], taken);
                var written = header[unknown[i]].Trim().Trim('\uFEFF');
                if (written.Length == 0)
                {
                    onWarning?.Invoke(
                        $"{file}: column {unknown[i] + 1} has no header; it is carried through as text named '{name}'");
                }
                else if (written != name)
                {
                    onWarning?.Invoke(
                        $"{file}: column '{written}' would shadow a column the pipeline writes; "
                        + $"it is carried through as text named '{name}'");
                }

                specs[i] = new ColumnSpec(name, ColumnKind.Text);
                carried[i] = new Binding(name, schema.Columns.Count + i, ColumnKind.Text, unknown[i]);
            }

            return new Layout(header.Count, bindings.ToArray(), schema.With(schema.Name, specs), carried);
        }
    }
}
