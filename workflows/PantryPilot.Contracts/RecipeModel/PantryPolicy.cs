using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>How the filter treats a prompt whose pantry shows an item the request's diet forbids.</summary>
public enum PantryPolicy
{
    /// <summary>Rebuild the prompt's pantry through the serving pre-filter: no training prompt shows a forbidden
    /// item.</summary>
    Prefilter,

    /// <summary>Remove the sample.</summary>
    Drop,
}
