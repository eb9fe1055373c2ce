namespace PantryPilot.Domain.Alerts;

/// <summary>Ordered from most to least urgent.</summary>
public enum AlertSeverity
{
    Critical,
    High,
    Medium,
    Low,
}
