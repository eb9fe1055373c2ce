namespace PantryPilot.Contracts.Serving;

/// <summary>Ask an inference worker what it serves after reading the registry once more.</summary>
/// <param name="Expected">The registry entry that was just promoted (for the log line).</param>
public sealed record ServedModelInput(string? Expected);
