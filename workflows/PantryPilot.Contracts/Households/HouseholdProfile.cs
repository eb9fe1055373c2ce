namespace PantryPilot.Contracts.Households;

/// <summary>Who a household cooks for. Every diet and every allergy counts (not only the first).</summary>
/// <param name="Diets">Diet names or synonyms: "vegetarian", "dairy free", "GLUTEN_FREE", "plant-based".</param>
/// <param name="Allergies">Free text, one entry per allergy or a list: "peanuts", "shellfish and sesame".</param>
/// <param name="Dislikes">Items never offered to the model for this household (matched by item name).</param>
/// <param name="Cuisines">Preferred cuisines; the first is used when a recipe request names none.</param>
/// <param name="TimeZone">IANA time zone ("Europe/Berlin"): reminders and digests fire in local time.</param>
public sealed record HouseholdProfile(
    IReadOnlyList<string> Diets,
    IReadOnlyList<string> Allergies,
    IReadOnlyList<string> Dislikes,
    IReadOnlyList<string> Cuisines,
    int HouseholdSize = 1,
    UnitSystem Units = UnitSystem.Metric,
    string TimeZone = "UTC")
{
    /// <summary>The profile of a household nobody has described yet: no diet, no allergy, one person, UTC.</summary>
    public static HouseholdProfile Empty { get; } = new([], [], [], []);
}
