using System.Globalization;
using System.Reflection;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>An ingredient of a corpus recipe with its amount as a cook writes it (2 tbsp, 400 g, 1 pcs).</summary>
public sealed record CorpusIngredient(string Name, double Amount, string Unit);
