namespace PantryPilot.Domain.RecipeModel;

/// <summary>
/// What the filter assumes every kitchen has, though the pantry shown does not list it. An ingredient that is one of
/// these (by the one ingredient matcher: "sea salt" is salt, "oil" any of the oils) and is neither in the pantry nor
/// among the additions does not remove the sample; it is counted as a staple used. The diet still judges it.
/// </summary>
/// <remarks>
/// The default set, and why (docs/recipe-model.md, "Staples"): water, salt, black pepper and a cooking oil are what
/// recipe writers and meal kits assume a kitchen holds (meal kits ship everything but "salt, pepper and oil"); they
/// carry no diet trait but a seed oil's, which the diet still judges. Not staples: sugar (keto and paleo forbid it,
/// and a sweetener changes the dish), butter (dairy), stock, soy sauce, flour, spices: a recipe that needs them and a
/// pantry without them is a shopping need the model must learn to name.
/// </remarks>
public sealed class HouseholdStaples
{
    private HouseholdStaples(string description, IReadOnlyList<string> names)
    {
        Description = description;
        Names = names;
    }

    /// <summary>No staples: every ingredient must be in the pantry or among the additions.</summary>
    public static HouseholdStaples None { get; } = new("none", []);

    /// <summary>Water, salt, black pepper and the everyday cooking oils.</summary>
    public static HouseholdStaples Default { get; } = new("default", [
        "water", "salt", "black pepper", "oil", "cooking oil", "neutral oil", "vegetable oil", "olive oil",
        "extra virgin olive oil", "sunflower oil", "canola oil", "rapeseed oil",
    ]);

    /// <summary>"none", "default", or the file the names were read from, for the report.</summary>
    public string Description { get; }

    /// <summary>The names, as written; the matcher relates a recipe's name to them.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>A set named by the caller (e.g. a workflow input), described as given.</summary>
    public static HouseholdStaples Of(string description, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return new(description, names.Select(n => n.Trim()).Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
    }

    /// <summary>One name a line; blank lines and lines starting with '#' are skipped. A line that names nothing (no
    /// letter) or holds a comma (two names in one line) is an error naming the file and line.</summary>
    public static HouseholdStaples Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var names = new List<string>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!line.Any(char.IsLetter) || line.Contains(',', StringComparison.Ordinal))
            {
                throw new FormatException(
                    $"{file} line {number}: '{line}' is not one staple name (one name a line, no commas)");
            }

            names.Add(line);
        }

        return Of(file, names);
    }
}
