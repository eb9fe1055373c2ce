namespace PantryPilot.Domain.Reports;

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
