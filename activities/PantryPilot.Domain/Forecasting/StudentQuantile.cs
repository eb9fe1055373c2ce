using MathNet.Numerics.Distributions;

namespace PantryPilot.Domain.Forecasting;

/// <summary>Upper quantiles of Student's t (MathNet.Numerics), cached per degrees of freedom: the inverse CDF is a
/// numerical root search, too slow to run for each of a million pairs.</summary>
internal static class StudentQuantile
{
    private const int Cached = 256;
    private static readonly double[] Upper80 = Build();

    /// <summary>t such that P(-t &lt;= T &lt;= t) = 0.8 with <paramref name="degrees"/> degrees of freedom.</summary>
    public static double Central80(int degrees) => Upper80[Math.Clamp(degrees, 1, Cached - 1)];

    private static double[] Build()
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
