namespace PantryPilot.Domain.Forecasting;

/// <summary>The 80 % interval of a day forecast as start + days, where ln(days) scatters as Student's t with a given
/// scale (the pair's own spread) and degrees of freedom. Outcomes are whole days: a day is in the interval when it lies
/// inside the continuous 80 % band (rounding the band's ends outwards would add about a day to every interval, which
/// short intervals feel most). The point, start + days rounded, is always inside.</summary>
internal static class PredictiveInterval
{
    private const double Lower = (1 - ForecastSettings.IntervalCoverage) / 2;

    /// <summary>The central 80 % interval.</summary>
    public static DateInterval Central(int start, double days, double logScale, int degrees)
    {
        var half = StudentQuantile.Central80(degrees) * logScale;
        return Whole(start, Point(start, days), days * Math.Exp(-half), days * Math.Exp(half));
    }

    /// <summary>The interval given that the day is <paramref name="earliest"/> or later (nothing has happened before
    /// it): the 10th and 90th percentiles of the distribution cut below there. An overdue purchase is then expected
    /// soon, but with the upper tail the pair's spread gives it, instead of an interval pressed against tomorrow. The
    /// point is the unconditional one, moved to <paramref name="earliest"/> at the soonest.</summary>
    public static DateInterval NotBefore(int start, double days, double logScale, int degrees, int earliest)
    {
        var point = Math.Max(Point(start, days), earliest);
        var atLeast = earliest - start - 0.5; // whole day k stands for the band [k - 0.5, k + 0.5)
        if (atLeast <= 0 || days <= 0 || logScale <= 0 || double.IsInfinity(days))
        {
            return Central(start, days, logScale, degrees).NotBefore(DateOnly.FromDayNumber(earliest));
        }

        var survives = StudentQuantile.UpperTail(degrees, Math.Log(atLeast / days) / logScale);
        if (survives > 0.9999)
        {
            return Central(start, days, logScale, degrees).NotBefore(DateOnly.FromDayNumber(earliest)); // not overdue
        }

        if (survives < 1e-300)
        {
            return new(Day(point), Day(point), Day(point));
        }

        var low = days * Math.Exp(logScale * StudentQuantile.UpperQuantile(degrees, (1 - Lower) * survives));
        var high = days * Math.Exp(logScale * StudentQuantile.UpperQuantile(degrees, Lower * survives));
        return Whole(start, point, low, high).NotBefore(DateOnly.FromDayNumber(earliest));
    }

    private static double Point(int start, double days) => start + Math.Round(days, MidpointRounding.AwayFromZero);

    private static DateInterval Whole(int start, double point, double lowDays, double highDays)
    {
        // A hair of slack so that a band ending on a whole day (a constant history) keeps that day.
        var low = Math.Min(point, start + Math.Ceiling(lowDays - 1e-9));
        var high = Math.Max(point, start + Math.Floor(highDays + 1e-9));
        return new(Day(low), Day(point), Day(high));
    }

    private static DateOnly Day(double dayNumber) =>
        DateOnly.FromDayNumber((int)Math.Clamp(dayNumber, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));
}
