namespace PantryPilot.Domain.Reports;

/// <summary>k-minimum-values distinct count: keeps the k smallest 64-bit hashes; exact while fewer than k distinct,
/// about 3% error beyond (k = 1,024), in 8 KB.</summary>
public sealed class DistinctEstimator(int k = 1024)
{
    private readonly SortedSet<ulong> _smallest = [];

    public void Add(string value) => Add(Expectations.ColumnHashing.Hash64(value));

    /// <summary>Adds a value already reduced to 64 bits (a string hash, or a number's bit pattern).</summary>
    public void Add(ulong value)
    {
        var h = Mix(value);
        if (_smallest.Count < k)
        {
            _smallest.Add(h);
        }
        else if (h < _smallest.Max && _smallest.Add(h))
        {
            _smallest.Remove(_smallest.Max);
        }
    }

    public long Estimate() => _smallest.Count < k
        ? _smallest.Count
        : (long)Math.Round((k - 1) / ((double)_smallest.Max / ulong.MaxValue));

    /// <summary>FNV's low bits are poorly spread; a finaliser makes the hashes uniform for the estimator.</summary>
    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }
}

/// <summary>Uniform reservoir sample (Algorithm R) with a fixed seed, so reports are reproducible.</summary>
public sealed class ReservoirSample(int capacity, int seed)
{
    private readonly List<double> _items = new(Math.Min(capacity, 1024));
    private readonly Random _random = new(seed);
    private long _seen;

    public long Seen => _seen;

    public void Add(double value)
    {
        _seen++;
        if (_items.Count < capacity)
        {
            _items.Add(value);
            return;
        }

        var j = _random.NextInt64(_seen);
        if (j < capacity)
        {
            _items[(int)j] = value;
        }
    }

    /// <summary>Median of the sample (exact when every value fit); null when empty.</summary>
    public double? Median()
    {
        if (_items.Count == 0)
        {
            return null;
        }

        var sorted = _items.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
