namespace PantryPilot.Domain.Forecasting;

/// <summary>Purchase history of one (household, item), folded one purchase at a time, and its stock-out prediction.
///
/// The model, deliberately simple:
/// * Purchases on the same day count as one purchase of their summed quantity.
/// * Two or more purchase days: daily usage = quantity bought before the last purchase day / days from first to last
///   purchase (what was bought was used up by the next purchase). Predicted run-out = last purchase day +
///   last quantity / daily usage. Without usable quantities it falls back to last day + mean interval between purchases.
/// * One purchase day: the source's own <c>expected_depletion_date</c> when present; otherwise no prediction
///   (one purchase says nothing about a rate).
/// Memory: a handful of numbers plus the set of distinct purchase days of this one pair.</summary>
public sealed class PurchaseCadence
{
    // Distinct purchase days in a small array with a linear scan: a household buys one item a handful of times,
    // and a million (household, item) pairs each holding a HashSet cost several hundred MB.
    private int[] _days = new int[4];
    private int _dayCount;
    private DateOnly _first = DateOnly.MaxValue;
    private DateOnly _last = DateOnly.MinValue;
    private double _totalQuantity;
    private double _lastDayQuantity;
    private bool _quantitiesKnown = true;
    private DateOnly? _lastDayDepletion;

    public int Purchases { get; private set; }

    public void Add(DateOnly date, double? quantity, DateOnly? expectedDepletion = null)
    {
        Purchases++;
        AddDay(date.DayNumber);
        if (quantity is not { } q || double.IsNaN(q) || q < 0)
        {
            _quantitiesKnown = false;
            q = 0;
        }

        _totalQuantity += q;
        if (date < _first)
        {
            _first = date;
        }

        if (date > _last)
        {
            _last = date;
            _lastDayQuantity = q;
            _lastDayDepletion = expectedDepletion;
        }
        else if (date == _last)
        {
            _lastDayQuantity += q;
            if (expectedDepletion > _lastDayDepletion || _lastDayDepletion is null)
            {
                _lastDayDepletion = expectedDepletion;
            }
        }
    }

    private void AddDay(int day)
    {
        if (Array.IndexOf(_days, day, 0, _dayCount) >= 0)
        {
            return;
        }

        if (_dayCount == _days.Length)
        {
            Array.Resize(ref _days, _days.Length * 2);
        }

        _days[_dayCount++] = day;
    }

    public StockOutForecast? Forecast()
    {
        if (Purchases == 0)
        {
            return null;
        }

        if (_dayCount == 1)
        {
            return _lastDayDepletion is { } d && d >= _last
                ? new(_last, 1, null, null, Known(_lastDayQuantity), d, "expected_depletion")
                : null;
        }

        var span = _last.DayNumber - _first.DayNumber;
        var meanInterval = (double)span / (_dayCount - 1);
        var usedBeforeLast = _totalQuantity - _lastDayQuantity;
        if (_quantitiesKnown && usedBeforeLast > 0 && _lastDayQuantity > 0)
        {
            var usage = usedBeforeLast / span;
            return new(_last, _dayCount, meanInterval, usage, _lastDayQuantity, _last.AddDays(Days(_lastDayQuantity / usage)), "usage");
        }

        return new(_last, _dayCount, meanInterval, null, Known(_lastDayQuantity), _last.AddDays(Days(meanInterval)), "cadence");
    }

    private double? Known(double quantity) => _quantitiesKnown ? quantity : null;

    /// <summary>Whole days, rounded; capped so an absurd ratio cannot overflow a date.</summary>
    private static int Days(double days) => (int)Math.Round(Math.Min(days, 36_500), MidpointRounding.AwayFromZero);
}
