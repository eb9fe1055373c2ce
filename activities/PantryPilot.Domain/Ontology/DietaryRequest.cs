namespace PantryPilot.Domain.Ontology;

/// <summary>
/// The typed dietary side of a request: constraints (names and synonyms from <c>Data/constraints.csv</c>) and allergies
/// read from free text. <see cref="Parse"/> never drops or guesses what it cannot read: an unknown constraint or an
/// allergy word that names no food is an error; an unambiguous misspelling is read as the word it is one letter away
/// from, and <see cref="Corrections"/> says so ("penuts" → peanut). <see cref="DietProfileReader"/> gives every
/// correction and every error at once, for forms and profiles.
/// </summary>
public sealed record DietaryRequest(IReadOnlyList<DietaryConstraint> Constraints, IReadOnlyList<Allergy> Allergies)
{
    public static DietaryRequest None { get; } = new([], []);

    /// <summary>What was read as another word: "allergies[0]: 'penuts' read as 'peanut'". Empty when nothing
    /// was.</summary>
    public IReadOnlyList<string> Corrections { get; init; } = [];

    /// <summary>True when nothing is constrained.</summary>
    public bool IsEmpty => Constraints.Count == 0 && Allergies.Count == 0;

    /// <summary>Every trait any constraint or allergy forbids.</summary>
    public IngredientTraits ForbiddenTraits =>
        Constraints.Aggregate(IngredientTraits.None, (all, c) => all | DietaryConstraints.Forbidden(c))
        | Allergies.Aggregate(IngredientTraits.None, (all, a) => all | a.Traits);

    /// <summary>The tags for reports: constraint tags, then "allergy:..." labels.</summary>
    public IReadOnlyList<string> Tags => [.. Constraints.Select(c => c.Tag()), .. Allergies.Select(a => a.Label)];

    /// <summary>Reads constraint names (with synonyms) and free-text allergies. Throws
    /// <see cref="DietaryRequestException"/> naming the field, index and word for the first entry it cannot read (an
    /// unknown constraint, a null or blank entry, an allergy word that is no food or allergen group), with the nearest
    /// words it knows.</summary>
    public static DietaryRequest Parse(
        IEnumerable<string?>? constraints,
        IEnumerable<string?>? allergies,
        OntologyData? data = null)
    {
        var reading = DietProfileReader.Read(constraints, allergies, data);
        if (reading.Errors.Count > 0)
        {
            var error = reading.Errors[0];
            throw new DietaryRequestException(error.Field, error.Index, error.Value, error.Message);
        }

        return reading.Request!;
    }

    /// <summary>Reads one free-text allergy, which may list several ("peanuts, shellfish and eggs"). Group names
    /// ("tree nuts", "cow's milk", "celiac", "lactose intolerant") become traits; other food words a single food.
    /// Throws <see cref="DietaryRequestException"/> for a word that is neither.</summary>
    public static IReadOnlyList<Allergy> ParseAllergy(string text, OntologyData? data = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reading = DietProfileReader.Read([], [text], data);
        return reading.Errors.FirstOrDefault() is { } error
            ? throw new DietaryRequestException(error.Field, error.Index, error.Value, error.Message)
            : reading.Request!.Allergies;
    }
}
