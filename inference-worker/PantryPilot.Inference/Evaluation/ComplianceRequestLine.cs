using System.Globalization;
using System.Text.Json;
using PantryPilot.Domain.Ontology;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Evaluation;

/// <summary>One line read from a request file: a case, or the error that names file, line and field.</summary>
public sealed record ComplianceRequestLine(int Line, ComplianceCase? Case, string? Error);
