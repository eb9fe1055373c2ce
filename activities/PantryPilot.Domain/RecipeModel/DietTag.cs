using System.Collections.Concurrent;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>A dietary tag as written in a sample, read against the ontology's constraints.</summary>
/// <param name="Raw">The tag as the sample spelled it.</param>
/// <param name="Normalized">The canonical spelling (dairy-free for non_dairy); the lower-cased raw tag when
/// unsupported.</param>
/// <param name="Constraint">The constraint the ontology checks; null when the ontology does not model this
/// diet.</param>
public readonly record struct DietTag(string Raw, string Normalized, DietaryConstraint? Constraint)
{
    public bool Supported => Constraint is not null;
}
