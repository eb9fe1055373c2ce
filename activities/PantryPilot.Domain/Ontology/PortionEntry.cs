namespace PantryPilot.Domain.Ontology;

/// <summary>A cut or portion word ("wings", "fillet"): with no animal or plant base named, the name is that meat or
/// fish.</summary>
public sealed record PortionEntry(string Word, IngredientTraits Traits, string Note)
{
    /// <summary>What the product usually holds besides its meat, whatever it is made of (rusk in sausages).</summary>
    public IngredientTraits MayContain { get; init; }
}
