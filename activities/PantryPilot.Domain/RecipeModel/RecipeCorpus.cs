using System.Globalization;
using System.Reflection;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>The recipe corpus of the template teacher and the sample planner, read from the text format of
/// <c>Corpus/recipes.txt</c> (see its header). A line with a variant list expands into one recipe per variant.
/// Dietary tags are never read from the file: each recipe's tags are what the ontology allows for all its
/// ingredients.</summary>
public sealed class RecipeCorpus
{
    public const string ResourceName = "PantryPilot.Domain.RecipeModel.Corpus.recipes.txt";

    private RecipeCorpus(IReadOnlyList<CorpusRecipe> recipes, string source)
    {
        Recipes = recipes;
        Source = source;
    }

    public IReadOnlyList<CorpusRecipe> Recipes { get; }

    public string Source { get; }

    /// <summary>The shipped corpus (embedded in this assembly).</summary>
    public static RecipeCorpus Default => LazyDefault.Value;

    private static Lazy<RecipeCorpus> LazyDefault { get; } = new(() =>
    {
        using var stream = typeof(RecipeCorpus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"embedded corpus {ResourceName} is missing from {typeof(RecipeCorpus).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "recipes.txt (embedded)", RecipeDiet.Default);
    });

    public static RecipeCorpus Load(string? path, RecipeDiet diet) =>
        path is null ? Default : Parse(File.ReadAllText(path), path, diet);

    /// <summary>Parses the corpus text; a bad line throws <see cref="FormatException"/> naming the source, line and
    /// field.</summary>
    public static RecipeCorpus Parse(string text, string source, RecipeDiet diet)
    {
        var recipes = new List<CorpusRecipe>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            recipes.AddRange(ParseLine(line, source, lineNumber, diet));
        }

        if (recipes.Count == 0)
        {
            throw new FormatException($"{source}: no recipes");
        }

        var duplicate = recipes.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException(
                $"{source} line {duplicate.Last().Line}: recipe id '{duplicate.Key}' appears twice");
        }

        return new RecipeCorpus(recipes, source);
    }

    private static IEnumerable<CorpusRecipe> ParseLine(string line, string source, int lineNumber, RecipeDiet diet)
    {
        var parts = line.Split('|').Select(p => p.Trim()).ToArray();
        string Where(string field) => $"{source} line {lineNumber} field '{field}'";
        if (parts.Length is < 5 or > 6)
        {
            throw new FormatException(
                $"{source} line {lineNumber}: expected 'cuisine | title | minutes | ingredients | steps [| variants]', "
                + $"got {parts.Length} fields");
        }

        var cuisine = parts[0].ToLowerInvariant();
        if (cuisine.Length == 0)
        {
            throw new FormatException($"{Where("cuisine")}: empty");
        }

        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes <= 0)
        {
            throw new FormatException($"{Where("minutes")}: '{parts[2]}' is not a positive whole number");
        }

        var variants = parts.Length == 6 && parts[5].Length > 0
            ? parts[5].Split(',').Select(v => ParseVariant(v, Where("variants"))).ToArray()
            : [(V: (CorpusIngredient?)null, V2: (CorpusIngredient?)null)];
        foreach (var (v, v2) in variants)
        {
            var title = Fill(parts[1], v);
            var ingredients = parts[3]
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(i => i switch
                {
                    "{v}" => v ?? throw new FormatException($"{Where("ingredients")}: {{v}} without variants"),
                    "{v2}" => v2 ?? throw new FormatException(
                        $"{Where("ingredients")}: {{v2}} without a 'name>name2' variant"),
                    _ => ParseIngredient(i, Where("ingredients")),
                })
                .ToArray();
            var steps = parts[4]
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => Fill(s, v))
                .ToArray();
            if (steps.Length == 0)
            {
                throw new FormatException($"{Where("steps")}: no steps");
            }

            var id = v is null
                ? $"{cuisine}/{Slug(parts[1])}"
                : $"{cuisine}/{Slug(parts[1].Replace("{v}", "v", StringComparison.Ordinal))}/{Slug(v.Name)}";
            yield return new CorpusRecipe(
                id,
                cuisine,
                title,
                minutes,
                ingredients,
                steps,
                diet.SatisfiedBy(ingredients.Select(i => i.Name).ToArray()),
                lineNumber);
        }
    }

    private static string Fill(string text, CorpusIngredient? variant) =>
        variant is null
            ? text
            : text.Replace(
                "{v}",
                Capitalise(variant.Name, text.StartsWith("{v}", StringComparison.Ordinal)),
                StringComparison.Ordinal);

    private static string Capitalise(string name, bool atStart) =>
        atStart ? char.ToUpperInvariant(name[0]) + name[1..] : name;

    private static (CorpusIngredient? V, CorpusIngredient? V2) ParseVariant(string text, string where)
    {
        var pair = text.Split('>', StringSplitOptions.TrimEntries);
        return pair.Length switch
        {
            1 => (ParseIngredient(pair[0], where), null),
            2 => (ParseIngredient(pair[0], where), ParseIngredient(pair[1], where)),
            _ => throw new FormatException($"{where}: '{text}' has more than one '>'"),
        };
    }

    /// <summary>"chickpeas:400 g" → chickpeas, 400, g.</summary>
    private static CorpusIngredient ParseIngredient(string text, string where)
    {
        var colon = text.LastIndexOf(':');
        var amountParts = colon < 0 ? [] : text[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (colon <= 0 || amountParts.Length != 2
            || !double.TryParse(amountParts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            || amount <= 0)
        {
            throw new FormatException($"{where}: '{text}' is not 'name:amount unit'");
        }

        return new CorpusIngredient(text[..colon].Trim(), amount, amountParts[1]);
    }

    private static string Slug(string title) =>
        string.Concat(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'))
            .Trim('-')
            .Replace("--", "-", StringComparison.Ordinal);
}
