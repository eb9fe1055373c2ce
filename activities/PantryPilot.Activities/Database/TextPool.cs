using System.Text;

namespace PantryPilot.Activities.Database;

/// <summary>Shares string instances for one text column: most columns repeat a few values (users, items, units,
/// stores), so a repeated value costs a lookup instead of an allocation. Values are looked up by their UTF-8 bytes
/// (a hit decodes nothing), and a run of the same value (rows come in row_id order, often grouped by user) is
/// answered before hashing. A column that keeps producing new values (transaction ids) stops being pooled once the
/// pool holds <c>limit</c> entries (or 4 MiB of text), so it pays for lookups only until then; the pool lives as long
/// as the reader (one table read).</summary>
public sealed class TextPool
{
    public const int DefaultLimit = 65_536;

    // Longer values are rarely repeated (free text): decode them directly.
    private const int MaxPooledBytes = 128;
    private const int MaxArenaBytes = 4 << 20;

    // A probe this long means the table has clustered badly for this column's values: stop pooling rather than slow
    // down.
    private const int MaxProbes = 64;

    private readonly int limit;
    private int[] buckets = new int[256]; // entry index + 1; 0 is empty. Open addressing, power-of-two size.
    private Entry[] entries = new Entry[128];
    private byte[] arena = new byte[4096]; // the UTF-8 bytes of every entry, back to back
    private int arenaUsed;
    private int count;
    private int last = -1;
    private bool full;

    public TextPool(int limit = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        this.limit = limit;
    }

    public int Count => this.count;

    /// <summary>The UTF-8 <paramref name="utf8"/> as a string, the pooled instance when there is one.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        if (utf8.Length > MaxPooledBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        if (this.last >= 0 && Matches(this.entries[this.last], utf8))
        {
            return this.entries[this.last].Value;
        }

        if (this.full)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        var hash = Hash(utf8);
        var mask = this.buckets.Length - 1;
        var probes = 0;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var e = this.buckets[i] - 1;
            if (e < 0)
            {
                break;
            }

            if (this.entries[e].Hash == hash && Matches(this.entries[e], utf8))
            {
                this.last = e;
                return this.entries[e].Value;
            }

            if (++probes == MaxProbes)
            {
                this.full = true;
                return Encoding.UTF8.GetString(utf8);
            }
        }

        var value = Encoding.UTF8.GetString(utf8);
        Add(hash, utf8, value);
        return value;
    }

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = default(HashCode); // seeded per process: crafted values cannot force collisions
        hash.AddBytes(utf8);
        return hash.ToHashCode() & int.MaxValue;
    }

    private bool Matches(in Entry entry, ReadOnlySpan<byte> utf8) =>
        entry.Length == utf8.Length && this.arena.AsSpan(entry.Offset, entry.Length).SequenceEqual(utf8);

    private void Add(int hash, ReadOnlySpan<byte> utf8, string value)
    {
        if (this.arenaUsed + utf8.Length > this.arena.Length)
        {
            Array.Resize(ref this.arena, Math.Max(this.arena.Length * 2, this.arenaUsed + utf8.Length));
        }

        utf8.CopyTo(this.arena.AsSpan(this.arenaUsed));
        if (this.count == this.entries.Length)
        {
            Array.Resize(ref this.entries, this.entries.Length * 2);
        }

        this.entries[this.count] = new Entry(hash, this.arenaUsed, utf8.Length, value);
        this.arenaUsed += utf8.Length;
        this.last = this.count;
        this.count++;
        if (this.count * 2 > this.buckets.Length)
        {
            Rehash(this.buckets.Length * 2);
        }
        else
        {
            Insert(this.buckets, this.count - 1);
        }

        this.full = this.count >= this.limit || this.arenaUsed >= MaxArenaBytes;
    }

    private void Rehash(int size)
    {
        var buckets = new int[size];
        for (var e = 0; e < this.count; e++)
        {
            Insert(buckets, e);
        }

        this.buckets = buckets;
    }

    private void Insert(int[] buckets, int entry)
    {
        var mask = buckets.Length - 1;
        var i = this.entries[entry].Hash & mask;
        while (buckets[i] != 0)
        {
            i = (i + 1) & mask;
        }

        buckets[i] = entry + 1;
    }

    private readonly record struct Entry(int Hash, int Offset, int Length, string Value);
}
