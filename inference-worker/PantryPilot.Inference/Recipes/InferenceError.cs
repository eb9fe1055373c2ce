using PantryPilot.Domain.Ontology;

namespace PantryPilot.Inference.Recipes;

public sealed record InferenceError(string Code, string Message);
