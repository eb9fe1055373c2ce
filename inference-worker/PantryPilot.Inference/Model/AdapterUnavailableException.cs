namespace PantryPilot.Inference.Model;

/// <summary>A request named an adapter this process does not have (not configured, or its file failed to
/// load).</summary>
public sealed class AdapterUnavailableException(string adapter, string reason)
    : Exception($"adapter '{adapter}' is not available: {reason}")
{
    public string Adapter { get; } = adapter;

    public string Reason { get; } = reason;
}
