using System.Buffers.Binary;

/// <summary>TEST DOUBLE's output: the smallest valid `.onnx_adapter` (ONNX Runtime's adapter format, a flatbuffer with
/// file identifier "TORT": format version 1 and an empty parameter list), written byte by byte so no converter is
/// needed. Layout: root offset, identifier, the table's vtable, the table (three ints and the offset of the parameter
/// vector), the vector (length 0).</summary>
internal static class EmptyAdapter
{
    public static byte[] Bytes()
    {
        var bytes = new byte[44];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span[0..], 20);            // the root table is at 20
        "TORT"u8.CopyTo(span[4..]);                                         // file identifier
        ushort[] vtable = [12, 20, 4, 8, 12, 16];                           // vtable size, table size, field offsets
        for (var i = 0; i < vtable.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[(8 + (2 * i))..], vtable[i]);
        }

        BinaryPrimitives.WriteInt32LittleEndian(span[20..], 12);            // the table's vtable is 12 bytes before it
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], 1);             // format_version
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], 0);             // adapter_version
        BinaryPrimitives.WriteInt32LittleEndian(span[32..], 0);             // model_version
        BinaryPrimitives.WriteUInt32LittleEndian(span[36..], 4);            // parameters: the vector 4 bytes on
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], 0);            // no parameters
        return bytes;
    }
}
