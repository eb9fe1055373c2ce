namespace PantryPilot.Benchmarks.Forecasting;

/// <summary>Running absolute errors of one method on one data set (next purchase and depletion), overall and per
/// horizon bin, with the 80 % interval coverage for the forecaster.</summary>
internal sealed class BacktestScore
{
    /// <summary>Upper bounds (days from origin to the actual next purchase) of the horizon bins.</summary>
    public static readonly int[] HorizonBins = [7, 14, 28, 56, int.MaxValue];

    public static readonly string[] HorizonLabels = ["1-7", "8-14", "15-28", "29-56", "57+"];

    public long NextCount { get; private set; }

    public double NextErrorSum { get; private set; }

    public long NextCovered { get; private set; }

    public long DepletionCount { get; private set; }

    public double DepletionErrorSum { get; private set; }

    public long DepletionCovered { get; private set; }

    public double[] BinErrorSum { get; } = new double[HorizonBins.Length];

    public long[] BinCount { get; } = new long[HorizonBins.Length];

    public double NextMae => NextCount == 0 ? double.NaN : NextErrorSum / NextCount;

    public double DepletionMae => DepletionCount == 0 ? double.NaN : DepletionErrorSum / DepletionCount;

    public double NextCoverage => NextCount == 0 ? double.NaN : (double)NextCovered / NextCount;

    public double DepletionCoverage => DepletionCount == 0 ? double.NaN : (double)DepletionCovered / DepletionCount;

    public void AddNext(int predicted, int actual, int horizon, bool covered)
    {
        var error = Math.Abs(predicted - actual);
        NextCount++;
        NextErrorSum += error;
        NextCovered += covered ? 1 : 0;
        var bin = Array.FindIndex(HorizonBins, b => horizon <= b);
        BinErrorSum[bin] += error;
        BinCount[bin]++;
    }

    /// <summary>Daily rates against an independent truth: how many, the sum of |ln(rate / true)|, how many within
    /// 20 % of the truth.</summary>
    public long RateCount { get; private set; }

    public double RateLogErrorSum { get; private set; }

    public long RateWithin20 { get; private set; }

    public double RateMeanAbsLogError => RateCount == 0 ? double.NaN : RateLogErrorSum / RateCount;

    public double RateWithin20Share => RateCount == 0 ? double.NaN : (double)RateWithin20 / RateCount;

    public void AddRate(double predicted, double truth)
    {
        RateCount++;
        RateLogErrorSum += Math.Abs(Math.Log(predicted / truth));
        RateWithin20 += Math.Abs((predicted / truth) - 1) <= 0.2 ? 1 : 0;
    }

    public void AddDepletion(int predicted, int actual, bool covered)
    {
        DepletionCount++;
        DepletionErrorSum += Math.Abs(predicted - actual);
        DepletionCovered += covered ? 1 : 0;
    }
}
