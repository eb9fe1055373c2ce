using PantryPilot.Domain.Recipes;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>Turns a plan and a teacher's answer into a sample in the project's layout: the Phi-3 text built by the
/// serving prompt builder over the pantry as the teacher saw it (the filter rebuilds it through the pre-filter), the
/// answer JSON, and the metadata.</summary>
public static class SampleFactory
{
    public static string SampleId(int seed, long index) => $"s{seed}-{index:D7}";

    public static RecipeSample Create(
        SamplePlan plan,
        RecipeAnswer answer,
        string teacher,
        string? injectedFault = null)
    {
        var text = RecipePromptText.Complete(plan.Prompt, RecipeModelJson.Serialize(answer));
        var selected = answer.Ingredients.Select(i => i.Name).ToArray();
        var meta = new SampleMeta(
            answer.Title,
            plan.Tags,
            plan.Request,
            plan.Cuisine,
            plan.Pantry,
            selected,
            answer.SuggestedAdditions,
            plan.Pantry.Count,
            selected.Length,
            teacher,
            plan.Seed,
            plan.Index,
            plan.Recipe.Id,
            injectedFault);
        return new RecipeSample(SampleId(plan.Seed, plan.Index), text, meta);
    }
}
