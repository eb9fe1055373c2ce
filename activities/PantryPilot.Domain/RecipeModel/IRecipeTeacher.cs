namespace PantryPilot.Domain.RecipeModel;

/// <summary>Writes the assistant side of a sample. Implementations: the template teacher (offline, deterministic), an
/// OpenAI-compatible chat-completions endpoint, the inference pool.</summary>
public interface IRecipeTeacher
{
    /// <summary>Recorded in every sample's metadata (template, openai-compatible:&lt;model&gt;, ...).</summary>
    string Name { get; }

    Task<TeacherAnswer> AnswerAsync(SamplePlan plan, CancellationToken cancellationToken);
}
