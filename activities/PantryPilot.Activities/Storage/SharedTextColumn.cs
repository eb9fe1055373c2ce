using System.Buffers;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;

namespace PantryPilot.Activities.Storage;

/// <summary>Decodes one Parquet text column, row group after row group, handing out one string instance per distinct
/// value. Parquet.Net's string reader allocates a new string per cell; pantry columns (user and item ids, names, units,
/// stores) repeat millions of times, so sharing cuts both decode time and the memory of anything that keeps them.
/// Dictionary-encoded chunks are mapped per dictionary entry (by identity, no hashing of text); plain chunks go through
/// a bounded content pool, which stops growing for nearly unique columns (transaction ids) so they do not pay for
/// it.</summary>
internal sealed class SharedTextColumn
{
    private const int PoolLimit = 65_536;

    private readonly DataField field;
    private readonly HashSet<string> pool = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly Dictionary<ReadOnlyMemory<char>, string> dictionaryEntries = new(DictionaryEntryComparer.Instance);

    public SharedTextColumn(DataField field)
    {
        this.field = field;
        this.lookup = this.pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public async ValueTask<string?[]> ReadAsync(
        ParquetRowGroupReader group,
        int rowCount,
        CancellationToken cancellationToken)
    {
        var values = ArrayPool<ReadOnlyMemory<char>>.Shared.Rent(Math.Max(rowCount, 1));
        var nullable = this.field.MaxDefinitionLevel > 0;
        var levels = nullable ? ArrayPool<int>.Shared.Rent(Math.Max(rowCount, 1)) : null;
        try
        {
            await group.ReadRawAsync(
                this.field,
                values.AsMemory(0, rowCount),
                levels?.AsMemory(0, rowCount),
                null,
                cancellationToken);
            return Share(values, levels, rowCount, IsDictionaryEncoded(group));
        }
        finally
        {
            ArrayPool<ReadOnlyMemory<char>>.Shared.Return(values, clearArray: true);
            if (levels is not null)
            {
                ArrayPool<int>.Shared.Return(levels);
            }
        }
    }

    private string?[] Share(ReadOnlyMemory<char>[] values, int[]? levels, int rowCount, bool dictionaryEncoded)
    {
        var result = new string?[rowCount];
        this.dictionaryEntries.Clear(); // entries point into this row group's dictionary page only
        var maxLevel = this.field.MaxDefinitionLevel;
        for (int r = 0, v = 0; r < rowCount; r++)
        {
            if (levels is not null && levels[r] < maxLevel)
            {
                continue; // null
            }

            var value = values[v++];
            if (r > 0 && v > 1 && value.Equals(values[v - 2]) && result[r - 1] is { } same)
            {
                result[r] = same; // runs of one value (rows clustered by household or transaction) skip the lookup
            }
            else if (!dictionaryEncoded || this.dictionaryEntries.Count >= PoolLimit)
            {
                result[r] = Pooled(value.Span);
            }
            else if (!this.dictionaryEntries.TryGetValue(value, out var shared))
            {
                this.dictionaryEntries[value] = result[r] = Pooled(value.Span);
            }
            else
            {
                result[r] = shared;
            }
        }

        return result;
    }

    private string Pooled(ReadOnlySpan<char> text)
    {
        if (this.lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var created = new string(text);
        if (this.pool.Count < PoolLimit)
        {
            this.pool.Add(created);
        }

        return created;
    }

    private bool IsDictionaryEncoded(ParquetRowGroupReader group) =>
        group.GetMetadata(this.field)?.MetaData?.Encodings is { } encodings
        && (encodings.Contains(Encoding.RLE_DICTIONARY) || encodings.Contains(Encoding.PLAIN_DICTIONARY));

    /// <summary>Dictionary entries are distinct buffers, so entries are equal exactly when they are the same slice; the
    /// hash samples a few characters instead of hashing the object identity (which is slow per call) or the whole
    /// text.</summary>
    private sealed class DictionaryEntryComparer : IEqualityComparer<ReadOnlyMemory<char>>
    {
        public static readonly DictionaryEntryComparer Instance = new();

        public bool Equals(ReadOnlyMemory<char> x, ReadOnlyMemory<char> y) => x.Equals(y);

        public int GetHashCode(ReadOnlyMemory<char> obj)
        {
            var s = obj.Span;
            return s.Length == 0 ? 0 : HashCode.Combine(s.Length, s[0], s[s.Length / 2], s[^1], s[s.Length / 3]);
        }
    }
}
