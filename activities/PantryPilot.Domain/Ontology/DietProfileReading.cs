namespace PantryPilot.Domain.Ontology;

/// <summary>A profile as read: the request when every entry could be read, the corrections made, every error.</summary>
public sealed record DietProfileReading(
    DietaryRequest? Request,
    IReadOnlyList<DietProfileNote> Notes,
    IReadOnlyList<DietProfileError> Errors)
{
    /// <summary>True when every entry was read (perhaps with corrections): <see cref="Request"/> is then set.</summary>
    public bool IsValid => Errors.Count == 0;
}
