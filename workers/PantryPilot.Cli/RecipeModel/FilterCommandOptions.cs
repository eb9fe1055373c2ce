using System.CommandLine;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Cli.RecipeModel;

/// <summary>The filter's options, one definition for `model run`, `model start` and `model filter`, and how they
/// become the <see cref="FilterOptions"/> a run carries.</summary>
public sealed class FilterCommandOptions
{
    public Option<string> PantryPolicy { get; } = new("--pantry-policy")
    {
        Description = "prefilter (rebuild each prompt's pantry through the serving pre-filter) "
            + "| drop (remove samples whose pantry shows a forbidden item)",
        DefaultValueFactory = _ => "prefilter",
    };

    public Option<string> UnknownTags { get; } = new("--unknown-tags")
    {
        Description = "Tags the ontology does not model (halal, low-FODMAP): drop (remove the sample) "
            + "| strip (keep it; the tag stays in the prompt, unjudged, and is counted)",
        DefaultValueFactory = _ => "drop",
    };

    public Option<int> MaxSeq { get; } = new("--max-seq")
    {
        Description = "Trainer's max sequence in tokens; longer samples are removed",
        DefaultValueFactory = _ => 2048,
    };

    public Option<string> UnlistedStepIngredients { get; } = new("--unlisted-step-ingredients")
    {
        Description = "A food the steps use that is in neither the pantry nor the additions (water never counts): "
            + "keep (count it) | drop (remove the sample)",
        DefaultValueFactory = _ => "keep",
    };

    public Option<string> NotInPantry { get; } = new("--not-in-pantry")
    {
        Description = "An ingredient the recipe lists that is in neither the pantry, the additions nor the staples: "
            + "addition (keep the sample; the ingredient moves to the additions, what the household buys; "
            + "counted) | drop (remove the sample)",
        DefaultValueFactory = _ => "addition",
    };

    public Option<string> Staples { get; } = new("--staples")
    {
        Description = "Household staples assumed in every kitchen when the pantry does not list them (counted; the "
            + "diet still judges them): default (water, salt, black pepper, cooking oils) | none | a file of names, "
            + "one a line",
        DefaultValueFactory = _ => "default",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { PantryPolicy, UnknownTags, MaxSeq, UnlistedStepIngredients, NotInPantry,
            Staples })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The options as given; throws <see cref="ArgumentException"/> naming the option on a bad
    /// value.</summary>
    public FilterOptions Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var pantryPolicy = Choice(parse, PantryPolicy, ("prefilter", Contracts.RecipeModel.PantryPolicy.Prefilter),
            ("drop", Contracts.RecipeModel.PantryPolicy.Drop));
        var unknownPolicy = Choice(parse, UnknownTags, ("drop", UnknownTagPolicy.Drop),
            ("strip", UnknownTagPolicy.Strip));
        var unlistedPolicy = Choice(parse, UnlistedStepIngredients, ("keep", StepIngredientPolicy.Keep),
            ("drop", StepIngredientPolicy.Drop));
        var notInPantry = Choice(parse, NotInPantry, ("addition", NotInPantryPolicy.Addition),
            ("drop", NotInPantryPolicy.Drop));
        var max = parse.GetValue(MaxSeq);
        if (max <= 0)
        {
            throw new ArgumentException($"--max-seq must be positive (got {max})");
        }

        var stapleSet = StaplesOf(parse.GetValue(Staples)!);
        return new FilterOptions(pantryPolicy, unknownPolicy, max, unlistedPolicy, stapleSet.Names,
            stapleSet.Description, notInPantry);
    }

    /// <summary>--staples: "default", "none", or a file of names (errors name the file and line).</summary>
    public static HouseholdStaples StaplesOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (text.Equals("default", StringComparison.OrdinalIgnoreCase))
        {
            return HouseholdStaples.Default;
        }

        if (text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return HouseholdStaples.None;
        }

        if (Directory.Exists(text))
        {
            throw new ArgumentException(
                $"--staples: '{text}' is a folder: give default, none or a file of staple names");
        }

        if (!File.Exists(text))
        {
            throw new ArgumentException(
                $"--staples: '{text}' not found: give default, none or a file of staple names");
        }

        try
        {
            return HouseholdStaples.Parse(File.ReadAllText(text), text);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"--staples: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"--staples: {text} cannot be read ({e.Message})", e);
        }
    }

    private static T Choice<T>(ParseResult parse, Option<string> option, params (string Word, T Value)[] choices)
    {
        var given = parse.GetValue(option)!.Trim().ToLowerInvariant();
        foreach (var (word, value) in choices)
        {
            if (word == given)
            {
                return value;
            }
        }

        throw new ArgumentException(
            $"{option.Name}: '{given}' is not {string.Join(" or ", choices.Select(c => c.Word))}");
    }
}
