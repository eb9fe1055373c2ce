namespace PantryPilot.Domain.RecipeModel;

/// <summary>A teacher's answer to one planned sample: a recipe in the serving schema, or why there is none.</summary>
/// <param name="RejectReason">Stable code of why the answer was rejected (bad-json, truncated, not-a-recipe,
/// http-error); null when accepted.</param>
/// <param name="InjectedFault">Template teacher only: the deliberate mistake in the answer (see
/// TeacherOptions.FaultRate).</param>
public sealed record TeacherAnswer(
    RecipeAnswer? Answer,
    string? RejectReason,
    string? Detail = null,
    string? InjectedFault = null)
{
    public static TeacherAnswer Rejected(string reason, string detail) => new(null, reason, detail);
}
