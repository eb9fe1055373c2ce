namespace PantryPilot.Domain.Units;

/// <summary>Either a value in a canonical unit, or the reason it could not be converted (naming the unit).</summary>
public readonly record struct UnitConversion(double Value, CanonicalUnit Unit, string? Error)
{
    public bool Success => Error is null;

    public static UnitConversion Ok(double value, CanonicalUnit unit) => new(value, unit, null);

    public static UnitConversion Fail(string error) => new(double.NaN, default, error);
}
