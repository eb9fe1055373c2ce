namespace PantryPilot.Contracts.Serving;

public enum ServingOutcome
{
    /// <summary>A recipe that passed the final compliance gate.</summary>
    Recipe,

    /// <summary>No compliant recipe; the reasons say why.</summary>
    NoCompliantRecipe,

    /// <summary>The request could not be served (invalid diet, adapter not loaded); the reasons say why.</summary>
    Error,
}
