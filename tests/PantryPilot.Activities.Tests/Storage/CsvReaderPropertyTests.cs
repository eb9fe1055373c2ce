using System.Text;
using CsCheck;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Tables;
using Xunit.Abstractions;

namespace PantryPilot.Activities.Tests.Storage;

/// <summary>Property tests of the CSV reader (CsCheck): random bytes and random edits of a valid original-layout
/// file. Whatever the input, the reader either fails the file with a <see cref="BadInputException"/> naming it, or
/// accounts for every record (rows + quarantined = records, as counted by this file's own splitter) with the line each
/// starts on and, for well-formed records, every field's text.</summary>
public sealed class CsvReaderPropertyTests(ITestOutputHelper output) : IDisposable
{
    private int checkedFiles;
    private int failedFiles;
    private int quarantinedRows;

    private static readonly string Valid = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "original", "inventory.csv"));

    private static readonly string[] Inserts = [",", "\"", "\n", "x", "1", "\"\"", "True"];

    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void Read_RandomBytes_NeverCrashes()
    {
        Gen.Byte.Array[0, 3000].Sample(bytes =>
        {
            var path = dir.Combine($"random-{Guid.NewGuid():N}.csv");
            File.WriteAllBytes(path, bytes);
            try
            {
                var records = 0L;
                foreach (var batch in CsvTableReader.Read(path, PantrySchemas.Inventory, batchSize: 7))
                {
                    records += batch.RowsIn;
                }
            }
            catch (BadInputException e)
            {
                Assert.Contains(Path.GetFileName(path), e.Message, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(path);
            }
        }, iter: 300);
    }

    [Fact]
    public void Read_RandomEditsOfAValidFile_ConservesRecordsAndKeepsValues()
    {
        var edit = Gen.Select(Gen.Int[0, Valid.Length * 4], Gen.Int[0, Inserts.Length]);
        edit.Array[1, 8].Sample(edits =>
        {
            var text = new StringBuilder(Valid);
            foreach (var (position, kind) in edits)
            {
                // Never touch the header line: a broken header is a file-level fault, tested elsewhere.
                var headerEnd = text.ToString().IndexOf('\n', StringComparison.Ordinal) + 1;
                var at = headerEnd + (position % Math.Max(1, text.Length - headerEnd));
                if (kind == Inserts.Length)
                {
                    if (at < text.Length)
                    {
                        text.Remove(at, 1);
                    }
                }
                else
                {
                    text.Insert(at, Inserts[kind]);
                }
            }

            Check(text.ToString());
        }, iter: 400);

        output.WriteLine($"{checkedFiles} edited files read to the end ({quarantinedRows} rows quarantined), {failedFiles} failed as files");
        Assert.True(checkedFiles >= 40, "too few edited files were readable: the property would hold vacuously");
        Assert.True(quarantinedRows > 0, "no edit produced a quarantined row: the edits are too weak");
    }

    private void Check(string content)
    {
        var path = dir.Combine($"edited-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        try
        {
            var outputs = new List<(long Line, string?[]? Fields, string? Raw, bool Parsed)>();
            try
            {
                foreach (var batch in CsvTableReader.Read(path, PantrySchemas.Inventory, batchSize: 7))
                {
                    var lines = batch.Rows.Integer(TableSchema.SourceRowColumn);
                    for (var r = 0; r < batch.Rows.RowCount; r++)
                    {
                        outputs.Add((lines[r]!.Value, [batch.Rows.Text("item_name")[r]], null, true));
                    }

                    var q = batch.Quarantined;
                    for (var r = 0; r < q.RowCount; r++)
                    {
                        var fields = q.Schema.Columns.Skip(1).Take(q.Schema.Columns.Count - 3).Select((_, i) => ((string?[])q.Columns[1 + i])[r]).ToArray();
                        outputs.Add((q.Integer(TableSchema.SourceRowColumn)[r]!.Value, fields, q.Text(TextQuarantineBuilder.RawLineColumn)[r], false));
                    }
                }
            }
            catch (BadInputException e)
            {
                Assert.Contains(Path.GetFileName(path), e.Message, StringComparison.Ordinal);
                Assert.Contains("line", e.Message, StringComparison.Ordinal);
                Interlocked.Increment(ref failedFiles);
                return;
            }

            Interlocked.Increment(ref checkedFiles);
            Interlocked.Add(ref quarantinedRows, outputs.Count(o => !o.Parsed));

            var records = Oracle.Records(content).Skip(1).ToList(); // the header is a record too
            Assert.Equal(records.Count, outputs.Count);
            outputs.Sort((a, b) => a.Line.CompareTo(b.Line));
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                var output = outputs[i];
                Assert.Equal(record.Line, output.Line);
                if (record.Fields is not { } fields || fields.Count != 17)
                {
                    continue; // a malformed record: counted and placed, its text judged by the row-level tests
                }

                if (output.Parsed)
                {
                    Assert.Equal(fields[2].Length == 0 ? null : fields[2], output.Fields![0]);
                }
                else
                {
                    Assert.Null(output.Raw);
                    Assert.Equal(fields, output.Fields!);
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>An independent splitter: records separated by line breaks outside quotes; a record's fields are known
    /// only when each is either unquoted (no quote inside) or wholly quoted with doubled inner quotes.</summary>
    private static class Oracle
    {
        public static IEnumerable<(long Line, List<string>? Fields)> Records(string text)
        {
            var line = 1L;
            var start = 0;
            var startLine = 1L;
            var quoted = false;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || (text[i] == '\n' && !quoted))
                {
                    if (i < text.Length || start < text.Length)
                    {
                        yield return (startLine, Fields(text[start..i]));
                    }

                    start = i + 1;
                    line++;
                    startLine = line;
                    continue;
                }

                if (text[i] == '"')
                {
                    quoted = !quoted;
                }
                else if (text[i] == '\n')
                {
                    line++;
                }
            }
        }

        private static List<string>? Fields(string record)
        {
            var fields = new List<string>();
            var i = 0;
            while (true)
            {
                if (i < record.Length && record[i] == '"')
                {
                    var value = new StringBuilder();
                    i++;
                    while (true)
                    {
                        if (i >= record.Length)
                        {
                            return null;
                        }

                        if (record[i] == '"')
                        {
                            if (i + 1 < record.Length && record[i + 1] == '"')
                            {
                                value.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        value.Append(record[i++]);
                    }

                    fields.Add(value.ToString());
                    if (i == record.Length)
                    {
                        return fields;
                    }

                    if (record[i] != ',')
                    {
                        return null;
                    }

                    i++;
                }
                else
                {
                    var end = record.IndexOf(',', i);
                    var value = end < 0 ? record[i..] : record[i..end];
                    if (value.Contains('"', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
                    {
                        return null;
                    }

                    fields.Add(value);
                    if (end < 0)
                    {
                        return fields;
                    }

                    i = end + 1;
                }
            }
        }
    }
}
