using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

/// <param name="Expires">Expiry date when known; a pantry too large for the model's context keeps what expires
/// first.</param>
public sealed record PantryItem(string Name, double Quantity, string Unit, DateOnly? Expires = null);
