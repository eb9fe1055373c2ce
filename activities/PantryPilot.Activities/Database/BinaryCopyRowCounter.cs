using System.Buffers.Binary;

namespace PantryPilot.Activities.Database;

/// <summary>Counts the tuples of a PostgreSQL binary COPY stream by skipping field bodies by their length prefix:
/// the cheapest possible consumer, used as the benchmark floor for COPY-out.</summary>
public sealed class BinaryCopyRowCounter
{
    private readonly byte[] scratch = new byte[BinaryCopyFormat.HeaderLength];
    private int have;
    private State state = State.Header;
    private long skip;
    private int fieldsLeft;

    private enum State
    {
        Header,
        HeaderExtension,
        TupleHeader,
        FieldLength,
        FieldData,
    }

    public long Rows { get; private set; }

    public bool Finished { get; private set; }

    public void Feed(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty && !Finished)
        {
            switch (state)
            {
                case State.Header:
                    if (!Fill(ref data, BinaryCopyFormat.HeaderLength))
                    {
                        return;
                    }

                    skip = BinaryCopyFormat.ReadHeader(scratch);
                    state = State.HeaderExtension;
                    break;
                case State.HeaderExtension:
                    if (!Skip(ref data))
                    {
                        return;
                    }

                    state = State.TupleHeader;
                    break;
                case State.TupleHeader:
                    if (!Fill(ref data, 2))
                    {
                        return;
                    }

                    var fields = BinaryPrimitives.ReadInt16BigEndian(scratch);
                    if (fields == BinaryCopyFormat.Trailer)
                    {
                        Finished = true;
                        return;
                    }

                    Rows++;
                    fieldsLeft = fields;
                    state = fields == 0 ? State.TupleHeader : State.FieldLength;
                    break;
                case State.FieldLength:
                    if (!Fill(ref data, 4))
                    {
                        return;
                    }

                    var length = BinaryPrimitives.ReadInt32BigEndian(scratch);
                    fieldsLeft--;
                    if (length > 0)
                    {
                        skip = length;
                        state = State.FieldData;
                    }
                    else
                    {
                        state = fieldsLeft == 0 ? State.TupleHeader : State.FieldLength;
                    }

                    break;
                case State.FieldData:
                    if (!Skip(ref data))
                    {
                        return;
                    }

                    state = fieldsLeft == 0 ? State.TupleHeader : State.FieldLength;
                    break;
            }
        }
    }

    private bool Fill(ref ReadOnlySpan<byte> data, int need)
    {
        var take = Math.Min(need - have, data.Length);
        data[..take].CopyTo(scratch.AsSpan(have));
        have += take;
        data = data[take..];
        if (have < need)
        {
            return false;
        }

        have = 0;
        return true;
    }

    private bool Skip(ref ReadOnlySpan<byte> data)
    {
        var take = (int)Math.Min(skip, data.Length);
        skip -= take;
        data = data[take..];
        return skip == 0;
    }
}
