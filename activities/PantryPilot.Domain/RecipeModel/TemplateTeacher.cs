using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>
/// The offline default teacher. It is a TEMPLATE, not a language model: the answer is the planned corpus recipe
/// written in the serving schema (pantry names, canonical amounts, the corpus steps), sometimes with a garnish the
/// diet allows. With probability <see cref="FaultRate"/> it repeats one of the original teacher's mistakes on purpose
/// (a forbidden pantry item selected, a forbidden addition suggested, an ingredient not in the pantry), stated in the
/// sample's metadata, so the filter has real work. Deterministic per (seed, index).
/// </summary>
public sealed class TemplateTeacher(RecipeDiet diet, double faultRate) : IRecipeTeacher
{
    public const string TeacherName = "template";
    private const int TeacherStream = 11;

    private static readonly string[] Garnishes =
        ["lime", "cilantro", "scallion", "black pepper", "chili", "parsley", "sesame seeds", "lemon", "mint"];

    /// <summary>Additions a careless teacher suggests, per constraint they break.</summary>
    private static readonly Dictionary<DietaryConstraint, string[]> ForbiddenAdditions = new()
    {
        [DietaryConstraint.Vegetarian] =
            ["bacon", "chicken stock", "fish sauce", "parmesan rind with anchovies", "worcestershire sauce"],
        [DietaryConstraint.Vegan] = ["honey", "parmesan", "butter", "egg", "fish sauce"],
        [DietaryConstraint.Pescatarian] = ["chicken stock", "bacon", "beef broth"],
        [DietaryConstraint.DairyFree] = ["parmesan", "butter", "sour cream", "yogurt"],
        [DietaryConstraint.GlutenFree] = ["soy sauce", "breadcrumbs", "flour tortillas", "croutons of bread"],
        [DietaryConstraint.NutFree] = ["peanuts", "cashews", "almond flakes"],
        [DietaryConstraint.EggFree] = ["egg", "mayonnaise"],
        [DietaryConstraint.ShellfishFree] = ["shrimp", "oyster sauce"],
    };

    private static readonly string[] NotInPantry = ["saffron threads", "truffle oil", "fresh dill", "pomegranate"];

    public string Name => TeacherName;

    public double FaultRate { get; } = faultRate;

    public Task<TeacherAnswer> AnswerAsync(SamplePlan plan, CancellationToken cancellationToken) =>
        Task.FromResult(Answer(plan));

    public TeacherAnswer Answer(SamplePlan plan)
    {
        var random = new Random(SeedMixer.Derive(plan.Seed, (int)(plan.Index % int.MaxValue), TeacherStream));
        var recipe = plan.Recipe;
        var ingredients = recipe.Ingredients.Select(i =>
        {
            var canonical = SamplePlanner.Canonical(i.Name, i.Amount, i.Unit);
            return new AnswerIngredient(canonical.Name, Math.Ceiling(canonical.Quantity), canonical.Unit);
        }).ToList();

        var additions = new List<string>();
        if (random.NextDouble() < 0.4)
        {
            var garnish = Garnishes[random.Next(Garnishes.Length)];
            if (!ingredients.Exists(i => i.Name.Equals(garnish, StringComparison.OrdinalIgnoreCase))
                && plan.Constraints.All(c => diet.Check([c], garnish).Permitted))
            {
                additions.Add(garnish);
            }
        }

        string? fault = null;
        if (random.NextDouble() < FaultRate)
        {
            fault = InjectFault(plan, random, ingredients, additions);
        }

        var answer = new RecipeAnswer(
            recipe.Title,
            plan.Cuisine ?? recipe.Cuisine,
            recipe.Minutes,
            ingredients,
            additions,
            recipe.Steps);
        return new TeacherAnswer(answer, null, null, fault);
    }

    private static string InjectFault(
        SamplePlan plan,
        Random random,
        List<AnswerIngredient> ingredients,
        List<string> additions)
    {
        if (plan.DietBreakersShown.Count > 0 && random.NextDouble() < 0.6)
        {
            // The original's failure: meat in the pantry, so the teacher cooked with it for a vegetarian.
            var item = plan.DietBreakersShown[random.Next(plan.DietBreakersShown.Count)];
            var shown = plan.Pantry.First(p => p.Name == item);
            ingredients.Add(
                new AnswerIngredient(shown.Name, Math.Max(1, Math.Ceiling(shown.Quantity / 2)), shown.Unit));
            return "forbidden-selected";
        }

        if (plan.Constraints.Count > 0 && random.NextDouble() < 0.7)
        {
            var pool = ForbiddenAdditions.GetValueOrDefault(
                plan.Constraints[random.Next(plan.Constraints.Count)],
                ["bacon"]);
            additions.Add(pool[random.Next(pool.Length)]);
            return "forbidden-addition";
        }

        var missing = NotInPantry[random.Next(NotInPantry.Length)];
        ingredients.Add(new AnswerIngredient(missing, 1, "g"));
        return "not-in-pantry";
    }
}
