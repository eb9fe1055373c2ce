namespace PantryPilot.Domain.Ontology;

/// <summary>One row of <c>Data/foods.csv</c>: a food or composite food and what it is made of.</summary>
/// <param name="Term">Normalised words, space separated ("chicken stock").</param>
/// <param name="MayContain">Traits it often but not always carries (animal rennet, fish in curry paste, wheat in
/// miso).</param>
/// <param name="Sources">Single foods it is made from, for one-food allergies ("ham" is made from "pork").</param>
/// <param name="MaySources">Single foods it may be made from ("gelatin" may be pork).</param>
/// <param name="IsPlantBase">A plant food that can carry a cut or portion word without becoming meat ("cauliflower
/// wings").</param>
public sealed record FoodEntry(
    string Term,
    IngredientTraits Traits,
    IngredientTraits MayContain,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> MaySources,
    bool IsPlantBase,
    string Note,
    int Line)
{
    /// <summary>Every flag of the row ("base", "mock", "milk", "broth", "filling", "gf", "gf-mixed", "dairy-alt"): the
    /// kinds of head this food can be the base of (<see cref="HeadEntry.Accepts"/>).</summary>
    public IReadOnlySet<string> Flags { get; init; } = IsPlantBase
        ? new HashSet<string>(StringComparer.Ordinal) { "base" }
        : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The data file the row is in.</summary>
    public string File { get; init; } = "foods.csv";
}
