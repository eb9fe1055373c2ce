namespace PantryPilot.Client;

/// <summary>A household update or query refused with one of the contract's typed errors
/// (<see cref="PantryPilot.Contracts.Households.HouseholdErrors"/>): <see cref="ErrorType"/> says which, the message
/// names the field.</summary>
public sealed class HouseholdException : Exception
{
    public HouseholdException()
    {
    }

    public HouseholdException(string message)
        : base(message)
    {
    }

    public HouseholdException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HouseholdException(string errorType, string message, Exception? innerException)
        : base($"{errorType}: {message}", innerException)
    {
        ErrorType = errorType;
        Detail = message;
    }

    public string ErrorType { get; } = string.Empty;

    /// <summary>The message without the error type.</summary>
    public string Detail { get; } = string.Empty;
}
