using PantryPilot.Domain.Catalogue;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Ontology;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>Plans samples deterministically: sample i of seed s is the same whatever the batch size, the order batches
/// run in or how often a batch is retried, so a resumed run never produces a sample twice or differently.</summary>
public sealed class SamplePlanner
{
    private const int PlanStream = 10;

    private static readonly string[] Requests =
    [
        "Something quick for dinner tonight.",
        "A filling lunch for two.",
        "Use up what I have, nothing fancy.",
        "A weeknight meal under 45 minutes.",
        "Something warm and comforting.",
        "A light meal, please.",
        "Dinner for four with leftovers.",
        "Surprise me with what's in the pantry.",
        "A dish I can meal-prep for the week.",
        "Something my kids will eat.",
    ];

    private readonly RecipeCorpus corpus;
    private readonly (string Tag, double Cumulative)[] mix;
    private readonly Dictionary<string, CorpusRecipe[]> recipesByTag = new(StringComparer.Ordinal);
    private readonly Dictionary<DietaryConstraint, SamplePantryItem[]> breakers = [];
    private readonly SamplePantryItem[] fillers;

    public SamplePlanner(RecipeCorpus corpus, RecipeDiet diet, IReadOnlyDictionary<string, double> tagMix)
    {
        this.corpus = corpus;
        var total = tagMix.Values.Sum();
        var cumulative = 0.0;
        mix = tagMix.Where(t => t.Value > 0).OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => (t.Key, cumulative += t.Value / total)).ToArray();
        fillers = ItemCatalogue.Items.Select(PantryItemOf).ToArray();
        foreach (var constraint in Enum.GetValues<DietaryConstraint>())
        {
            breakers[constraint] = fillers
                .Where(f => diet.Check([constraint], f.Name).Status == ComplianceStatus.Forbidden)
                .ToArray();
        }

        // Built up front, so one planner can serve batches running in parallel.
        foreach (var (tag, _) in mix)
        {
            var constraints = RecipeDiet.ParseTags([tag])
                .Where(t => t.Supported)
                .Select(t => t.Constraint!.Value)
                .ToArray();
            var candidates = corpus.Recipes.Where(r => constraints.All(c => r.Tags.Contains(c))).ToArray();
            recipesByTag[tag] = candidates.Length > 0
                ? candidates
                : throw new ArgumentException($"the recipe corpus {corpus.Source} has no recipe that is {tag}");
        }
    }

    public RecipeCorpus Corpus => corpus;

    /// <summary>Share of constrained samples whose pantry shows at least one item the diet forbids.</summary>
    public double DietBreakerRate { get; init; } = 0.5;

    public SamplePlan Plan(int seed, long index)
    {
        var random = new Random(SeedMixer.Derive(seed, (int)(index % int.MaxValue), PlanStream));
        var tag = PickTag(random.NextDouble());
        var tags = tag == "none" ? Array.Empty<string>() : [tag];
        var parsed = RecipeDiet.ParseTags(tags);
        var constraints = parsed.Where(t => t.Supported).Select(t => t.Constraint!.Value).ToArray();
        var candidates = recipesByTag[tag];
        var recipe = candidates[random.Next(candidates.Length)];

        var pantry = new List<SamplePantryItem>();
        foreach (var ingredient in recipe.Ingredients)
        {
            var canonical = Canonical(ingredient.Name, ingredient.Amount, ingredient.Unit);
            // The household holds at least what the recipe needs, often more.
            pantry.Add(canonical with { Quantity = Math.Ceiling(canonical.Quantity * (1 + random.Next(0, 3))) });
        }

        var fillerCount = random.Next(4, 13);
        for (var i = 0; i < fillerCount; i++)
        {
            AddDistinct(pantry, fillers[random.Next(fillers.Length)]);
        }

        var shownBreakers = new List<string>();
        if (constraints.Length > 0 && random.NextDouble() < DietBreakerRate)
        {
            var pool = constraints.SelectMany(c => breakers[c]).ToArray();
            var count = random.Next(1, 4);
            for (var i = 0; i < count && pool.Length > 0; i++)
            {
                var item = pool[random.Next(pool.Length)];
                if (AddDistinct(pantry, item))
                {
                    shownBreakers.Add(item.Name);
                }
            }
        }

        Shuffle(pantry, random);
        var cuisine = random.NextDouble() < 0.6 ? Title(recipe.Cuisine) : null;
        var request = Requests[random.Next(Requests.Length)];
        return new SamplePlan(index, seed, tags, constraints, recipe, cuisine, request, pantry, shownBreakers);
    }

    /// <summary>An ingredient in the canonical unit the serving schema uses (g, ml, pcs); amounts rounded up.</summary>
    public static SamplePantryItem Canonical(string name, double amount, string unit)
    {
        var conversion = UnitNormalizer.Normalize(amount, unit);
        return conversion.Success
            ? new SamplePantryItem(name, Math.Max(1, Math.Ceiling(conversion.Value)), conversion.Unit.Symbol())
            : new SamplePantryItem(name, amount, unit);
    }

    private static SamplePantryItem PantryItemOf(CatalogueItem item)
    {
        var pack = item.Packs[0];
        var conversion = UnitNormalizer.Normalize(pack.Size, pack.Unit, item.PiecesPerPack);
        return conversion.Success
            ? new SamplePantryItem(item.Name, Math.Max(1, Math.Round(conversion.Value)), conversion.Unit.Symbol())
            : new SamplePantryItem(item.Name, pack.Size, pack.Unit);
    }

    private static bool AddDistinct(List<SamplePantryItem> pantry, SamplePantryItem item)
    {
        if (pantry.Exists(p => p.Name.Equals(item.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        pantry.Add(item);
        return true;
    }

    private static void Shuffle(List<SamplePantryItem> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static string Title(string cuisine) =>
        string.Join(' ', cuisine.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private string PickTag(double roll)
    {
        foreach (var (tag, cumulative) in mix)
        {
            if (roll < cumulative)
            {
                return tag;
            }
        }

        return mix[^1].Tag;
    }
}
