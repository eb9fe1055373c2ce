namespace PantryPilot.Domain.Notifications;

/// <summary>How a receiver answered one send.</summary>
public enum ReceiverVerdict
{
    /// <summary>It took the message.</summary>
    Accepted,

    /// <summary>Try again later: 408, 425, 429, 5xx, a timeout or a refused connection.</summary>
    Transient,

    /// <summary>Sending the same message again cannot help: 4xx, a redirect, or 2xx with an error body.</summary>
    Permanent,
}
