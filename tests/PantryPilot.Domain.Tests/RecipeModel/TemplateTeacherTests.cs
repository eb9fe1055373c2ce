using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

public class TemplateTeacherTests
{
    private static readonly Dictionary<string, double> Mix = new()
    {
        ["none"] = 0.2,
        ["vegetarian"] = 0.3,
        ["vegan"] = 0.15,
        ["dairy-free"] = 0.15,
        ["gluten-free"] = 0.15,
        ["pescatarian"] = 0.05,
    };

    // What a vegetarian must never see in a training prompt: the catalogue's meat and fish, named by hand.
    private static readonly string[] MeatAndFish =
    [
        "chicken breast", "chicken thighs", "whole chicken", "ground beef", "beef steak", "pork shoulder", "bacon", "ham (", "turkey slices",
        "pork belly", "bulgogi beef", "lamb mince", "chorizo", "goat meat", "chinese sausage", "salmon fillet", "shrimp", "canned tuna",
        "cod fillets", "canned sardines", "tilapia", "dried anchovies", "squid", "fish cakes", "bonito flakes", "chicken stock", "fish sauce",
        "oyster sauce", "worcestershire sauce",
    ];

    private static IEnumerable<(SamplePlan Plan, TeacherAnswer Answer)> Generate(int seed, int count, double faultRate)
    {
        var planner = new SamplePlanner(RecipeCorpus.Default, RecipeDiet.Default, Mix);
        var teacher = new TemplateTeacher(RecipeDiet.Default, faultRate);
        for (var i = 0; i < count; i++)
        {
            var plan = planner.Plan(seed, i);
            yield return (plan, teacher.Answer(plan));
        }
    }

    [Fact]
    public void Plan_SameSeedAndIndex_SameSampleWhateverTheOrder()
    {
        var planner = new SamplePlanner(RecipeCorpus.Default, RecipeDiet.Default, Mix);
        var forward = Enumerable.Range(0, 50).Select(i => RecipeModelJson.Serialize(SampleFactory.Create(planner.Plan(3, i), new TemplateTeacher(RecipeDiet.Default, 0.2).Answer(planner.Plan(3, i)).Answer!, "template"))).ToArray();
        var backward = Enumerable.Range(0, 50).Reverse().Select(i => RecipeModelJson.Serialize(SampleFactory.Create(planner.Plan(3, i), new TemplateTeacher(RecipeDiet.Default, 0.2).Answer(planner.Plan(3, i)).Answer!, "template"))).Reverse().ToArray();

        Assert.Equal(forward, backward);
        Assert.NotEqual(forward[0], RecipeModelJson.Serialize(SampleFactory.Create(planner.Plan(4, 0), new TemplateTeacher(RecipeDiet.Default, 0.2).Answer(planner.Plan(4, 0)).Answer!, "template")));
    }

    [Fact]
    public void Plan_ConstrainedRequests_OftenShowItemsTheDietForbids()
    {
        var vegetarian = Generate(5, 2000, 0).Where(s => s.Plan.Tags.SequenceEqual(["vegetarian"])).ToArray();

        var showingMeat = vegetarian.Count(s => MeatAndFish.Any(m => s.Plan.Prompt.Contains(m, StringComparison.Ordinal)));

        // As the original's pantries did: the filter must have real work to do.
        Assert.InRange(showingMeat / (double)vegetarian.Length, 0.3, 0.95);
    }

    [Fact]
    public void FilterOnTemplateSamples_KeepsExactlyTheAnswersWithoutInjectedFaults()
    {
        // The oracle is the teacher's own record of the mistake it made on purpose, not the filter's logic. Its
        // not-in-pantry mistake may leave out a staple (salt, oil), which the default staples policy assumes present,
        // and the default not-in-pantry policy repairs it: the oracle holds with no staples and the drop policy.
        var filter = new RecipeSampleFilter(RecipeDiet.Default,
            new FilterSettings(Staples: HouseholdStaples.None, DropNotInPantry: true));
        var samples = Generate(11, 3000, 0.2).ToArray();
        var faults = 0;
        var wrong = new List<string>();
        foreach (var (plan, answer) in samples)
        {
            var sample = SampleFactory.Create(plan, answer.Answer!, "template", answer.InjectedFault);
            var (candidate, error) = SampleReader.Read(RecipeModelJson.Serialize(sample), "gen", plan.Index);
            Assert.True(candidate is not null, error);

            var decision = filter.Judge(candidate!, plan.Index);

            faults += answer.InjectedFault is null ? 0 : 1;
            if ((decision.Kept is null) != (answer.InjectedFault is not null))
            {
                var reasons = string.Join("; ", decision.Reasons);
                wrong.Add($"sample {plan.Index} fault '{answer.InjectedFault}' reasons [{reasons}]");
            }
        }

        // Every mismatch at once: one wrong rule shows as a pattern, not as the first sample it touched.
        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong:\n{string.Join("\n", wrong.Take(20))}");
        Assert.InRange(faults, 450, 750);
    }

    [Fact]
    public void FilterOnTemplateSamples_DefaultPolicy_NotInPantryMistakesKeptWithTheFoodToBuy()
    {
        // The teacher's record again: a not-in-pantry mistake is kept with the food moved to the additions (or, when
        // the food is a staple, assumed) unless the diet cannot allow that food; every other mistake is still
        // removed; a clean answer moves nothing.
        var filter = new RecipeSampleFilter(RecipeDiet.Default, new FilterSettings(Staples: HouseholdStaples.None));
        var wrong = new List<string>();
        var moved = 0;
        foreach (var (plan, answer) in Generate(17, 2000, 0.3))
        {
            var sample = SampleFactory.Create(plan, answer.Answer!, "template", answer.InjectedFault);
            var decision = filter.Judge(SampleReader.Read(RecipeModelJson.Serialize(sample), "gen", plan.Index)
                .Candidate!, plan.Index);
            var notInPantry = answer.InjectedFault == "not-in-pantry";
            var judgedForTheDiet = decision.PrimaryReason is { } reason
                && reason.StartsWith("selected-", StringComparison.Ordinal) && reason != "selected-not-in-pantry";
            var ok = notInPantry
                ? decision.Kept?.Meta.MovedToAdditions is [var food]
                    ? decision.Kept.Meta.SuggestedAdditions.Contains(food)
                    : decision.Kept is null && judgedForTheDiet
                : (decision.Kept is null) == (answer.InjectedFault is not null)
                    && decision.Notes.MovedToAdditions.Count == 0;
            moved += notInPantry && decision.Kept is not null ? 1 : 0;
            if (!ok)
            {
                wrong.Add($"sample {plan.Index} fault '{answer.InjectedFault}' reasons "
                    + $"[{string.Join("; ", decision.Reasons)}] moved [{string.Join(", ", decision.Notes.MovedToAdditions)}]");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong:\n{string.Join("\n", wrong.Take(20))}");
        Assert.InRange(moved, 20, 400);
    }

    [Fact]
    public void FilterOnTemplateSamples_NoKeptVegetarianPromptShowsMeatOrFish()
    {
        var filter = new RecipeSampleFilter(RecipeDiet.Default, new FilterSettings());
        var kept = Generate(13, 3000, 0.1)
            .Where(s => s.Plan.Tags.Contains("vegetarian") || s.Plan.Tags.Contains("vegan"))
            .Select(s => filter.Judge(SampleReader.Read(RecipeModelJson.Serialize(SampleFactory.Create(s.Plan, s.Answer.Answer!, "template")), "gen", s.Plan.Index).Candidate!, s.Plan.Index))
            .Where(d => d.Kept is not null)
            .Select(d => d.Kept!)
            .ToArray();

        Assert.True(kept.Length > 500);
        Assert.All(kept, k =>
        {
            var pantry = k.Text.Split('\n').Single(l => l.StartsWith("Pantry:", StringComparison.Ordinal));
            Assert.DoesNotContain(MeatAndFish, m => pantry.Contains(m, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Sample_TextIsPhi3ChatWithMetadata()
    {
        var (plan, answer) = Generate(1, 1, 0).Single();

        var sample = SampleFactory.Create(plan, answer.Answer!, "template");

        Assert.StartsWith("<|system|>\n", sample.Text, StringComparison.Ordinal);
        Assert.Contains("<|end|>\n<|user|>\nPantry: ", sample.Text, StringComparison.Ordinal);
        Assert.Contains("<|end|>\n<|assistant|>\n{\"title\":", sample.Text, StringComparison.Ordinal);
        Assert.EndsWith("}<|end|>", sample.Text, StringComparison.Ordinal);
        Assert.Equal(plan.Pantry.Count, sample.Meta.InventorySize);
        Assert.Equal(sample.Meta.Selected.Count, sample.Meta.SelectedCount);
        Assert.Equal("template", sample.Meta.Teacher);
        Assert.Equal(plan.Recipe.Title, sample.Meta.Title);
    }
}
