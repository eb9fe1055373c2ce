namespace PantryPilot.Domain.RecipeModel;

/// <summary>A teacher's answer to one planned sample: a recipe in the serving schema, or why there is none.</summary>
/// <param name="RejectReason">Stable code of why the answer was rejected (bad-json, truncated, not-a-recipe, http-error); null when accepted.</param>
/// <param name="InjectedFault">Template teacher only: the deliberate mistake in the answer (see TeacherOptions.FaultRate).</param>
public sealed record TeacherAnswer(RecipeAnswer? Answer, string? RejectReason, string? Detail = null, string? InjectedFault = null)
{
    public static TeacherAnswer Rejected(string reason, string detail) => new(null, reason, detail);
}

/// <summary>Writes the assistant side of a sample. Implementations: the template teacher (offline, deterministic), an
/// OpenAI-compatible chat-completions endpoint, the inference pool.</summary>
public interface IRecipeTeacher
{
    /// <summary>Recorded in every sample's metadata (template, openai-compatible:&lt;model&gt;, ...).</summary>
    string Name { get; }

    Task<TeacherAnswer> AnswerAsync(SamplePlan plan, CancellationToken cancellationToken);
}
