namespace PantryPilot.Domain.Ontology;

/// <summary>A pantry split by a policy: the items the model may see, and the ones it never sees (with the
/// reason).</summary>
public sealed record PantryScreenResult<T>(IReadOnlyList<T> Allowed, IReadOnlyList<ScreenedOut<T>> Excluded);
