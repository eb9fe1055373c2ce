using System.Text.Json.Serialization;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>One reason to remove a sample, with what decided it.</summary>
/// <param name="Code">The stable reason code (<see cref="RecipeSampleFilter.ReasonCodes"/>).</param>
/// <param name="Ingredient">The ingredient that decided, as the sample wrote it; null for reasons about the whole
/// sample.</param>
/// <param name="Rule">The rule that decided: a diet tag ("vegetarian"), "pantry", "quantity grammar", "method",
/// ...</param>
/// <param name="Detail">The explanation a person reads.</param>
public sealed record FilterFinding(string Code, string? Ingredient, string? Rule, string Detail)
{
    /// <summary>"code: detail", as removed.jsonl and the statistics have always written a reason.</summary>
    [JsonIgnore]
    public string Reason => $"{Code}: {Detail}";
}
