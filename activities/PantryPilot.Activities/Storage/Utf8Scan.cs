using System.Buffers;
using System.Text;

namespace PantryPilot.Activities.Storage;

/// <summary>Finds the first byte of a file that is not UTF-8, by line: run only once a decoder has refused the file,
/// since readers decode a whole buffer ahead and cannot say which line the bad byte sits on.</summary>
public static class Utf8Scan
{
    /// <summary>Where the first invalid byte is.</summary>
    /// <param name="Line">1-based line number (lines end at '\n').</param>
    /// <param name="Column">1-based byte offset within that line.</param>
    /// <param name="Value">The byte itself (e.g. 0xE9, 'é' in Latin-1).</param>
    public readonly record struct InvalidByte(long Line, long Column, byte Value);

    /// <summary>The first invalid byte of <paramref name="path"/>, or null when the whole file is UTF-8.</summary>
    public static InvalidByte? FirstInvalid(string path)
    {
        using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return FirstInvalid(stream);
    }

    public static InvalidByte? FirstInvalid(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long line = 1;
            long lineStart = 0; // file offset of the current line's first byte
            long offset = 0; // file offset of buffer[0]
            var carried = 0; // bytes of an incomplete sequence kept at the buffer's start
            while (true)
            {
                var read = stream.Read(buffer, carried, buffer.Length - carried);
                var length = carried + read;
                var end = read == 0;
                var span = buffer.AsSpan(0, length);
                var i = 0;
                while (i < span.Length)
                {
                    var status = Rune.DecodeFromUtf8(span[i..], out _, out var consumed);
                    if (status == OperationStatus.NeedMoreData && !end)
                    {
                        break; // a sequence cut by the buffer's end: decode it with the next read
                    }

                    if (status != OperationStatus.Done)
                    {
                        return new InvalidByte(line, offset + i - lineStart + 1, span[i]);
                    }

                    if (span[i] == (byte)'\n')
                    {
                        line++;
                        lineStart = offset + i + 1;
                    }

                    i += consumed;
                }

                if (end)
                {
                    return null;
                }

                carried = length - i;
                span[i..].CopyTo(buffer);
                offset += i;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
