using System.Globalization;
using System.Text.Json;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Evaluation;

/// <summary>One line of a compliance request file.</summary>
/// <param name="Traps">Pantry items labelled (by hand, outside the ontology) as ones the model must never see.</param>
public sealed record ComplianceCase(
    string Id,
    IReadOnlyList<string> Tags,
    GenerateRecipeInput Input,
    IReadOnlyList<string> Traps);
