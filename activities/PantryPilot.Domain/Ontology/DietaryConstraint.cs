namespace PantryPilot.Domain.Ontology;

/// <summary>The dietary constraints a request can carry. Free-text allergies travel beside them
/// (<see cref="Allergy"/>). New members go at the end: the numeric values travel in Temporal payloads.</summary>
public enum DietaryConstraint
{
    Vegetarian,
    Vegan,
    Pescatarian,
    DairyFree,
    GlutenFree,
    NutFree,
    EggFree,
    ShellfishFree,

    /// <summary>No grains, legumes (soy and peanut included), dairy, refined sugar or seed oils (Cordain, "The Paleo
    /// Diet"); honey, maple syrup, sweet potato and fruit are allowed.</summary>
    Paleo,

    /// <summary>Ketogenic: no grains, legumes, sugars of any kind, starchy vegetables or sweet fruit.</summary>
    Keto,
}
