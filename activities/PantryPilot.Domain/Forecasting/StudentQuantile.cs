using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace PantryPilot.Domain.Forecasting;

/// <summary>Student's t (MathNet.Numerics) at the speed a million pairs need: the central 80 % quantile cached per
/// degrees of freedom, and the upper tail and its inverse (for intervals conditioned on what has not happened yet) from
/// a table per degrees of freedom, built on first use: MathNet's inverse CDF is a numerical root search, too slow to
/// run for each pair. The table holds quantiles at upper-tail probabilities from 0.5 down to 1e-15, log-spaced (ratio
/// about 0.8), and interpolates linearly in ln(probability); beyond it the tail is extrapolated as the power law
/// P(T &gt; x) ~ x^-dof that it follows. Thread-safe.</summary>
internal static class StudentQuantile
{
    private const int Cached = 256;
    private const int TailSteps = 160;
    private static readonly double SmallestTail = 1e-15;
    private static readonly double LogStep = Math.Log(0.5 / SmallestTail) / TailSteps;
    private static readonly double[] Upper80 = BuildCentral();
    private static readonly double[]?[] Tables = new double[Cached][];

    /// <summary>t such that P(-t &lt;= T &lt;= t) = 0.8 with <paramref name="degrees"/> degrees of freedom.</summary>
    public static double Central80(int degrees) => Upper80[Clamp(degrees)];

    /// <summary>P(T &gt; <paramref name="x"/>).</summary>
    public static double UpperTail(int degrees, double x)
    {
        if (x < 0)
        {
            return 1 - UpperTail(degrees, -x);
        }

        var table = Table(Clamp(degrees));
        if (x >= table[TailSteps])
        {
            return SmallestTail * Math.Pow(table[TailSteps] / x, Clamp(degrees));
        }

        var above = Array.BinarySearch(table, x);
        if (above >= 0)
        {
            return TailAt(above);
        }

        above = ~above; // table[above - 1] < x < table[above]
        var share = (x - table[above - 1]) / (table[above] - table[above - 1]);
        return Math.Exp(Math.Log(0.5) - ((above - 1 + share) * LogStep));
    }

    /// <summary>x such that P(T &gt; x) = <paramref name="tail"/> (0 &lt; tail &lt; 1).</summary>
    public static double UpperQuantile(int degrees, double tail)
    {
        if (tail > 0.5)
        {
            return -UpperQuantile(degrees, 1 - tail);
        }

        var table = Table(Clamp(degrees));
        var position = (Math.Log(0.5) - Math.Log(tail)) / LogStep;
        if (position >= TailSteps)
        {
            return table[TailSteps] * Math.Pow(SmallestTail / tail, 1.0 / Clamp(degrees));
        }

        var below = (int)position;
        var share = position - below;
        return table[below] + (share * (table[below + 1] - table[below]));
    }

    private static int Clamp(int degrees) => Math.Clamp(degrees, 1, Cached - 1);

    private static double TailAt(int step) => 0.5 * Math.Exp(-step * LogStep);

    private static double[] Table(int degrees)
    {
        if (Volatile.Read(ref Tables[degrees]) is { } built)
        {
            return built;
        }

        var table = new double[TailSteps + 1];
        for (var step = 1; step <= TailSteps; step++)
        {
            table[step] = Solve(degrees, TailAt(step), table[step - 1]);
        }

        Volatile.Write(ref Tables[degrees], table); // two threads building the same table is harmless
        return table;
    }

    /// <summary>Bisection for P(T &gt; x) = tail, x above <paramref name="from"/>; the tail is computed as
    /// I_{dof/(dof+x^2)}(dof/2, 1/2) / 2, which stays accurate far out where 1 - CDF would round to 0.</summary>
    private static double Solve(int degrees, double tail, double from)
    {
        double Tail(double x) =>
            0.5 * SpecialFunctions.BetaRegularized(degrees / 2.0, 0.5, degrees / (degrees + (x * x)));
        var low = from;
        var high = Math.Max(1, from * 2);
        while (Tail(high) > tail)
        {
            (low, high) = (high, high * 2);
        }

        for (var i = 0; i < 100 && high - low > 1e-12 * high; i++)
        {
            var mid = (low + high) / 2;
            (low, high) = Tail(mid) > tail ? (mid, high) : (low, mid);
        }

        return (low + high) / 2;
    }

    private static double[] BuildCentral()
    {
        var result = new double[Cached];
        var p = 0.5 + (ForecastSettings.IntervalCoverage / 2);
        for (var dof = 1; dof < Cached; dof++)
        {
            result[dof] = StudentT.InvCDF(0, 1, dof, p);
        }

        return result;
    }
}
