namespace PantryPilot.Domain.Ontology;

/// <summary>A request's constraint or allergy that cannot be read; <see cref="Field"/> and <see cref="Value"/> say
/// which.</summary>
public sealed class DietaryRequestException : FormatException
{
    public DietaryRequestException()
    {
    }

    public DietaryRequestException(string message)
        : base(message)
    {
    }

    public DietaryRequestException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DietaryRequestException(string field, int index, string? value, string message)
        : base($"{field}[{index}]: {message}")
    {
        Field = field;
        Index = index;
        Value = value;
    }

    /// <summary>"constraints" or "allergies".</summary>
    public string Field { get; } = string.Empty;

    public int Index { get; }

    public string? Value { get; }
}
