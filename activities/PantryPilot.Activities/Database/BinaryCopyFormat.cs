using System.Buffers.Binary;

namespace PantryPilot.Activities.Database;

/// <summary>The framing of PostgreSQL's binary COPY stream (https://www.postgresql.org/docs/current/sql-copy.html):
/// a header (11-byte signature, int32 flags, int32 extension length + extension), then per tuple an int16 field count
/// (-1 ends the stream) and per field an int32 length (-1 is NULL) followed by that many big-endian bytes.</summary>
public static class BinaryCopyFormat
{
    /// <summary>Signature, flags and extension length: what precedes the extension and the first tuple.</summary>
    public const int HeaderLength = 19;

    public const short Trailer = -1;

    public const int NullLength = -1;

    /// <summary>PostgreSQL's date and timestamp epoch.</summary>
    public static readonly DateOnly Epoch = new(2000, 1, 1);

    // "PGCOPY\n\xff\r\n\0" (0xff is a raw byte, so no UTF-8 literal).
    private static ReadOnlySpan<byte> Signature => [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

    /// <summary>Checks the fixed header and returns the length of the extension that follows it.</summary>
    public static int ReadHeader(ReadOnlySpan<byte> header)
    {
        if (header.Length < HeaderLength || !header[..11].SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PostgreSQL binary COPY stream (bad signature)");
        }

        var extension = BinaryPrimitives.ReadInt32BigEndian(header[15..]);
        return extension >= 0 ? extension
            : throw new InvalidDataException($"binary COPY header: negative extension length {extension}");
    }
}
