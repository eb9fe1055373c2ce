using System.Buffers.Binary;

namespace PantryPilot.Activities.Database;

/// <summary>Counts the tuples of a PostgreSQL binary COPY stream by skipping field bodies by their length prefix:
/// the cheapest possible consumer, used as the benchmark floor for COPY-out.</summary>
public sealed class BinaryCopyRowCounter
{
    private readonly byte[] _scratch = new byte[BinaryCopyFormat.HeaderLength];
    private int _have;
    private State _state = State.Header;
    private long _skip;
    private int _fieldsLeft;

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
            switch (_state)
            {
                case State.Header:
                    if (!Fill(ref data, BinaryCopyFormat.HeaderLength))
                    {
                        return;
                    }

                    _skip = BinaryCopyFormat.ReadHeader(_scratch);
                    _state = State.HeaderExtension;
                    break;
                case State.HeaderExtension:
                    if (!Skip(ref data))
                    {
                        return;
                    }

                    _state = State.TupleHeader;
                    break;
                case State.TupleHeader:
                    if (!Fill(ref data, 2))
                    {
                        return;
                    }

                    var fields = BinaryPrimitives.ReadInt16BigEndian(_scratch);
                    if (fields == BinaryCopyFormat.Trailer)
                    {
                        Finished = true;
                        return;
                    }

                    Rows++;
                    _fieldsLeft = fields;
                    _state = fields == 0 ? State.TupleHeader : State.FieldLength;
                    break;
                case State.FieldLength:
                    if (!Fill(ref data, 4))
                    {
                        return;
                    }

                    var length = BinaryPrimitives.ReadInt32BigEndian(_scratch);
                    _fieldsLeft--;
                    if (length > 0)
                    {
                        _skip = length;
                        _state = State.FieldData;
                    }
                    else
                    {
                        _state = _fieldsLeft == 0 ? State.TupleHeader : State.FieldLength;
                    }

                    break;
                case State.FieldData:
                    if (!Skip(ref data))
                    {
                        return;
                    }

                    _state = _fieldsLeft == 0 ? State.TupleHeader : State.FieldLength;
                    break;
            }
        }
    }

    private bool Fill(ref ReadOnlySpan<byte> data, int need)
    {
        var take = Math.Min(need - _have, data.Length);
        data[..take].CopyTo(_scratch.AsSpan(_have));
        _have += take;
        data = data[take..];
        if (_have < need)
        {
            return false;
        }

        _have = 0;
        return true;
    }

    private bool Skip(ref ReadOnlySpan<byte> data)
    {
        var take = (int)Math.Min(_skip, data.Length);
        _skip -= take;
        data = data[take..];
        return _skip == 0;
    }
}
