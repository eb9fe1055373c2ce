namespace PantryPilot.Domain.Ingredients;

/// <summary>How a name relates to the candidates it was matched against.</summary>
public enum MatchKind
{
    /// <summary>No candidate is the same food.</summary>
    None,

    /// <summary>The same name once case, plurals, accents and punctuation are ignored ("Onions" = "onion").</summary>
    Same,

    /// <summary>The same food in another form, cut or variety ("cod fillet" → cod, "lime juice" → lime, "black pepper"
    /// → pepper, "cooked rice" → rice, "oil" → "olive oil").</summary>
    Identity,

    /// <summary>Several candidates fit equally well ("pepper" with "black pepper" and "white pepper"): reported, never
    /// guessed.</summary>
    Ambiguous,
}
