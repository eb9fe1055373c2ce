namespace PantryPilot.Activities.Notifications;

/// <summary>The Notifications or Approval configuration cannot be used; <see cref="Errors"/> names each key to fix
/// (never a secret's value).</summary>
public sealed class NotificationConfigurationException : Exception
{
    public NotificationConfigurationException(IReadOnlyList<string> errors)
        : base("invalid notification configuration: " + string.Join("; ", errors)) => Errors = errors;

    public NotificationConfigurationException()
        : this([]) { }

    public NotificationConfigurationException(string message)
        : base(message) => Errors = [message];

    public NotificationConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }
}
