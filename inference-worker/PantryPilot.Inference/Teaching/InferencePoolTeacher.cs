using PantryPilot.Domain.RecipeModel;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;

namespace PantryPilot.Inference.Teaching;

/// <summary>
/// The inference pool's own model as the teacher of the recipe-model flow: it answers the sample's prompt (built by the
/// serving prompt builder over the pantry the sample shows) in the serving JSON schema, guided where the runtime
/// supports it. Its answer is read by the same parser as an endpoint teacher's; anything that is not a recipe is
/// rejected with a stable reason (bad-json, truncated, not-a-recipe, generation-failed) and counted by the batch, never
/// thrown. With the tiny test model the text is noise, so most answers are rejected: that is the expected outcome.
/// </summary>
/// <param name="adapter">LoRA adapter to teach with (a name the host knows), or null for the base model.</param>
/// <param name="progress">Called every few tokens: a slow model's one answer can take minutes, the heartbeat must not
/// wait for it.</param>
public sealed class InferencePoolTeacher(
    IRecipeTextGenerator model,
    InferenceOptions options,
    string? adapter = null,
    Action<GenerationProgress>? progress = null) : IRecipeTeacher
{
    public string Name
        => adapter is null ? $"inference-pool:{model.ModelName}" : $"inference-pool:{model.ModelName}+{adapter}";

    public async Task<TeacherAnswer> AnswerAsync(SamplePlan plan, CancellationToken cancellationToken)
    {
        GenerationResult generation;
        try
        {
            var pantry = plan.Pantry.Select(p => new PantryItem(p.Name, p.Quantity, p.Unit)).ToList();
            generation = await model.GenerateAsync(
                new GenerationRequest(
                    model.EncodePrompt(plan.Prompt),
                    options.DefaultMaxTokens,
                    RecipeSchema.Build(pantry),
                    adapter,
                    Attempt: 1,
                    options.WallTimeLimit,
                    options.HeartbeatEveryTokens),
                progress,
                cancellationToken);
        }
        catch (AdapterUnavailableException)
        {
            // Configuration, not an answer: the batch fails (the activity says so, non-retryably).
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return TeacherAnswer.Rejected("generation-failed", $"{e.GetType().Name}: {e.Message}");
        }

        var (answer, reason, detail) = RecipeAnswerParser.Parse(generation.Text);
        if (answer is not null)
        {
            return new TeacherAnswer(answer, null);
        }

        // A JSON object cut off at the token limit reads as truncated: say that it hit the limit.
        var why = generation.StopReason == StopReason.EndOfSequence
            ? detail
            : $"{detail} (stopped: {generation.StopReason} after {generation.TokensGenerated} tokens)";
        return TeacherAnswer.Rejected(reason ?? "not-a-recipe", why ?? "no answer");
    }
}
