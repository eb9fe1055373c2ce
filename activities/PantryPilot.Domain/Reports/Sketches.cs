namespace PantryPilot.Domain.Reports;

/// <summary>k-minimum-values distinct count: keeps the k smallest 64-bit hashes; exact while fewer than k distinct,
/// about 3% error beyond (k = 1,024), in 8 KB.</summary>
public sealed class DistinctEstimator(int k = 1024)
{
    private readonly SortedSet<ulong> _smallest = [];
    private ulong _max = ulong.MaxValue; // SortedSet.Max walks the tree; most values of a big column are above it

    public void Add(string value) => Add(Expectations.ColumnHashing.Hash64(value));

    /// <summary>Adds a value already reduced to 64 bits (a string hash, or a number's bit pattern).</summary>
    public void Add(ulong value)
    {
        var h = Mix(value);
        if (_smallest.Count < k)
        {
            if (_smallest.Add(h) && _smallest.Count == k)
            {
                _max = _smallest.Max;
            }
        }
        else if (h < _max && _smallest.Add(h))
        {
            _smallest.Remove(_max);
            _max = _smallest.Max;
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

/// <summary>Uniform reservoir sample with a fixed seed, so reports are reproducible. Algorithm L: once full, it
/// draws how many values to skip before the next replacement, instead of a random number per value.</summary>
public sealed class ReservoirSample(int capacity, int seed)
{
    private readonly List<double> _items = new(Math.Min(capacity, 1024));
    private readonly Random _random = new(seed);
    private long _seen;
    private long _nextReplacement;
    private double _w;

    public long Seen => _seen;

    public void Add(double value)
    {
        _seen++;
        if (_items.Count < capacity)
        {
            _items.Add(value);
            if (_items.Count == capacity)
            {
                _w = Math.Exp(Math.Log(Uniform()) / capacity);
                Skip();
            }

            return;
        }

        if (_seen == _nextReplacement)
        {
            _items[_random.Next(capacity)] = value;
            _w *= Math.Exp(Math.Log(Uniform()) / capacity);
            Skip();
        }
    }

    private void Skip() => _nextReplacement = _seen + 1 + (long)Math.Floor(Math.Log(Uniform()) / Math.Log(1 - _w));

    private double Uniform() => 1.0 - _random.NextDouble(); // (0, 1]: the logarithms stay finite

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
