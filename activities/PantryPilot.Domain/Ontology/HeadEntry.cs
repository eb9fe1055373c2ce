namespace PantryPilot.Domain.Ontology;

/// <summary>
/// One row of <c>Data/heads.csv</c>: a food whose usual make-up a base named before it replaces. "milk" is dairy, but
/// "almond milk" is a drink of almonds; "noodles" are wheat, but "rice noodles" are rice.
/// </summary>
/// <param name="Head">The food term, as in the food files ("milk", "stir fry sauce", "samosa").</param>
/// <param name="Accepts">The base flags that name its make-up ("milk": foods flagged milk; "pasta": gf).</param>
/// <param name="Replaces">The traits of the head that the base replaces (Dairy; Gluten Grain; the filling's
/// Meat).</param>
/// <param name="MayContain">What the based version may hold beyond its base (vegan cheese: nuts or soy).</param>
public sealed record HeadEntry(
    string Head,
    IReadOnlySet<string> Accepts,
    IngredientTraits Replaces,
    IngredientTraits MayContain,
    string Note,
    int Line);
