using System.Buffers.Binary;
using System.Text;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Tests.Database;

/// <summary>The decoder on hand-built COPY streams: framing edge cases that a live server rarely produces.</summary>
public sealed class BinaryCopyBatchReaderTests
{
    private static readonly TableSchema Schema = new("t", [new(TableSchema.SourceRowColumn, ColumnKind.Integer), new("name", ColumnKind.Text), new("day", ColumnKind.Date)]);

    [Fact]
    public async Task ReadAsync_TinyChunksOneByteReadsWithHeaderExtension_DecodesEveryRow()
    {
        var bytes = Copy(extension: 5, (1, "jalapeño", 0), (2, null, -1), (3, string.Empty, 366));

        var batches = await ReadAllAsync(new TrickleStream(bytes), batchSize: 2);

        Assert.Equal([2, 1], batches.Select(b => b.RowCount));
        var all = batches.SelectMany(b => Enumerable.Range(0, b.RowCount).Select(r => (b.Integer("source_row")[r], b.Text("name")[r], b.Date("day")[r]))).ToArray();
        Assert.Equal((1L, "jalapeño", new DateOnly(2000, 1, 1)), all[0]);
        Assert.Equal((2L, null, new DateOnly(1999, 12, 31)), all[1]);
        Assert.Equal((3L, string.Empty, new DateOnly(2001, 1, 1)), all[2]);
    }

    [Fact]
    public async Task ReadAsync_StreamCutMidTuple_ThrowsBadInputNamingTheTable()
    {
        var bytes = Copy(extension: 0, (1, "a", 0), (2, "b", 0));
        var cut = bytes[..(bytes.Length - 5)]; // loses the trailer and the end of the last tuple

        var ex = await Assert.ThrowsAsync<BadInputException>(() => ReadAllAsync(new MemoryStream(cut), batchSize: 10));

        Assert.Contains("table t", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ended early, after row_id 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NotACopyStream_ThrowsInvalidData()
    {
        await Assert.ThrowsAsync<InvalidDataException>(() => ReadAllAsync(new MemoryStream(Encoding.ASCII.GetBytes("id,name\n1,a\n2,b\n3,c\n")), batchSize: 10));
    }

    [Fact]
    public async Task ReadAsync_WrongFieldWidth_ThrowsBadInputNamingRowAndColumn()
    {
        var bytes = Copy(extension: 0, (7, "a", 0));
        // Replace the date (length 4 + body, then the trailer) with an 8-byte value: a timestamp where a date should be.
        var patched = bytes[..^(4 + 4 + 2)].Concat(Be32(8)).Concat(new byte[8]).Concat(Be16(-1)).ToArray();

        var ex = await Assert.ThrowsAsync<BadInputException>(() => ReadAllAsync(new MemoryStream(patched), batchSize: 10));

        Assert.Contains("row_id 7", ex.Message, StringComparison.Ordinal);
        Assert.Contains("column day", ex.Message, StringComparison.Ordinal);
    }

    private static async Task<List<TableBatch>> ReadAllAsync(Stream stream, int batchSize)
    {
        // 16-byte chunks: the header, tuples and fields all straddle chunk boundaries, and the buffer must grow.
        var reader = new BinaryCopyBatchReader("t", Schema, Schema.Columns.Skip(1).ToArray(), batchSize, chunkSize: 16);
        var batches = new List<TableBatch>();
        await foreach (var batch in reader.ReadAsync(stream))
        {
            batches.Add(batch);
        }

        return batches;
    }

    private static byte[] Copy(int extension, params (long Id, string? Name, int Days)[] rows)
    {
        var bytes = new List<byte>([0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00]);
        bytes.AddRange(Be32(0));
        bytes.AddRange(Be32(extension));
        bytes.AddRange(new byte[extension]);
        foreach (var (id, name, days) in rows)
        {
            bytes.AddRange(Be16(3));
            bytes.AddRange(Be32(8));
            var idBytes = new byte[8];
            BinaryPrimitives.WriteInt64BigEndian(idBytes, id);
            bytes.AddRange(idBytes);
            if (name is null)
            {
                bytes.AddRange(Be32(-1));
            }
            else
            {
                var utf8 = Encoding.UTF8.GetBytes(name);
                bytes.AddRange(Be32(utf8.Length));
                bytes.AddRange(utf8);
            }

            bytes.AddRange(Be32(4));
            bytes.AddRange(Be32(days));
        }

        bytes.AddRange(Be16(-1));
        return [.. bytes];
    }

    private static byte[] Be32(int value)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(b, value);
        return b;
    }

    private static byte[] Be16(short value)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteInt16BigEndian(b, value);
        return b;
    }

    /// <summary>Hands out one byte per read, so every field and the header straddle reads.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
