using System.Text;

namespace PantryPilot.Activities.Database;

/// <summary>Shares string instances for one text column: most columns repeat a few values (users, items, units,
/// stores), so a repeated value costs a lookup instead of an allocation. A column that keeps producing new values
/// (transaction ids) stops being pooled once the pool holds <c>limit</c> entries, so it pays for the lookups only
/// until then.</summary>
public sealed class TextPool
{
    public const int DefaultLimit = 65_536;

    // Longer values are rarely repeated (free text): decode them directly.
    private const int MaxPooledBytes = 256;

    private readonly HashSet<string> _values;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _limit;
    private bool _full;

    public TextPool(int limit = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _limit = limit;
        _values = new HashSet<string>(StringComparer.Ordinal);
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _values.Count;

    /// <summary>The UTF-8 <paramref name="utf8"/> as a string, the pooled instance when there is one.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        if (_full || utf8.Length > MaxPooledBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxPooledBytes];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        if (_lookup.TryGetValue(chars[..length], out var shared))
        {
            return shared;
        }

        var value = new string(chars[..length]);
        _values.Add(value);
        _full = _values.Count >= _limit;
        return value;
    }
}
