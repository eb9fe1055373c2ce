namespace PantryPilot.Domain.Reports;

/// <summary>Uniform reservoir sample with a fixed seed, so reports are reproducible. Algorithm L: once full, it
/// draws how many values to skip before the next replacement, instead of a random number per value.</summary>
public sealed class ReservoirSample(int capacity, int seed)
{
    private readonly List<double> items = new(Math.Min(capacity, 1024));
    private readonly Random random = new(seed);
    private long seen;
    private long nextReplacement;
    private double w;

    public long Seen => this.seen;

    public void Add(double value)
    {
        this.seen++;
        if (this.items.Count < capacity)
        {
            this.items.Add(value);
            if (this.items.Count == capacity)
            {
                this.w = Math.Exp(Math.Log(Uniform()) / capacity);
                Skip();
            }

            return;
        }

        if (this.seen == this.nextReplacement)
        {
            this.items[this.random.Next(capacity)] = value;
            this.w *= Math.Exp(Math.Log(Uniform()) / capacity);
            Skip();
        }
    }

    private void Skip()
        => this.nextReplacement = this.seen + 1 + (long)Math.Floor(Math.Log(Uniform()) / Math.Log(1 - this.w));

    private double Uniform() => 1.0 - this.random.NextDouble(); // (0, 1]: the logarithms stay finite

    /// <summary>Median of the sample (exact when every value fit); null when empty.</summary>
    public double? Median()
    {
        if (this.items.Count == 0)
        {
            return null;
        }

        var sorted = this.items.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
