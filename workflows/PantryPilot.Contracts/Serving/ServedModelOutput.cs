namespace PantryPilot.Contracts.Serving;

/// <summary>What one inference worker serves when a request names no adapter.</summary>
/// <param name="EntryId">The registry entry served; null: the base model.</param>
/// <param name="Adapter">The adapter name answers record ("promoted:&lt;entry id&gt;"; "base" for the base
/// model).</param>
/// <param name="Problem">Why the promoted entry is not served, when it is not (its adapter does not load, the registry
/// is unreadable); null when the promoted entry is served.</param>
public sealed record ServedModelOutput(string? EntryId, string Adapter, string? Problem, string Host);
