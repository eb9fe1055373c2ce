using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>How the filter treats a dietary tag the ontology does not model (halal, low-FODMAP).</summary>
public enum UnknownTagPolicy
{
    /// <summary>Remove the sample (reason unsupported-tag): nothing can check that its recipe honours the
    /// tag.</summary>
    Drop,

    /// <summary>Keep the sample, judged on the tags the ontology models; the unmodelled tag stays in the prompt (a
    /// preference is never silently lost) and is counted per tag.</summary>
    Strip,
}
