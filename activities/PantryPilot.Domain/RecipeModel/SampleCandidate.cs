using System.Globalization;
using System.Text.Json;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>One sample read from any layout into the parts the filter judges. <see cref="Answer"/> is null with
/// <see cref="NoAnswerReason"/> when the sample holds no usable recipe.</summary>
public sealed record SampleCandidate(
    string Layout,
    string? Id,
    IReadOnlyList<string> Tags,
    string? Cuisine,
    string Request,
    IReadOnlyList<SamplePantryItem> Pantry,
    RecipeAnswer? Answer,
    string? NoAnswerReason,
    SampleOrigin? Origin)
{
    /// <summary>The original teacher layout's other fields, carried into the kept sample; null for other
    /// layouts.</summary>
    public OriginalSample? Original { get; init; }
}
