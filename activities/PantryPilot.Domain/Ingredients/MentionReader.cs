using System.Collections.Frozen;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Ingredients;

/// <summary>
/// Finds the foods a sentence of a recipe's method mentions ("Stir in the soy sauce" → soy sauce), by the ontology's
/// food terms, longest first, exact words only ("thicken" is no chicken). A qualifier just before a food stays with it
/// ("gluten-free soy sauce"). Not mentions: a food word used as a verb ("cream the butter": cream; "flour the board",
/// "roll out the dough"), a negated food ("without cheese", "omit the bacon"), and adjectives that are also foods
/// ("until sweet").
/// </summary>
internal sealed class MentionReader(IdentityReader reader)
{
    /// <summary>Words after a food word that make it a verb: "cream the butter", "oil a dish", "fish out the bay
    /// leaf".</summary>
    private static readonly FrozenSet<string> VerbFollowers = new[]
    {
        "the", "a", "an", "your", "each", "both", "it", "them", "this", "these", "together", "out", "lightly", "well",
        "generously", "thoroughly",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"roll out", "roll into balls", "wrap in foil", "wrap tightly", "dip and fry".</summary>
    private static readonly FrozenSet<string> RollFollowers = new[] { "out", "into", "up", "in", "around", "tightly",
        "over", "and" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negations = new[] { "without", "no", "omit", "omitting", "skip",
        "instead", "except" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Food terms that a method uses as other words ("until sweet", "mash the potatoes"), and what a method
    /// makes from its own ingredients ("fry as thick pancakes", "make a pastry with the flour and butter", "melt the
    /// sugar to a caramel", "fill and pleat the wrappers" rolled from its dough).</summary>
    private static readonly FrozenSet<string> NotFoodInSteps = new[]
    {
        "sweet", "date", "pancake", "crepe", "pastry", "dough", "batter", "caramel", "chip", "crisp", "custard",
        "roux", "gravy", "dressing", "mash", "syrup", "glaze", "crumble", "wrapper",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxCached = 50_000;

    // Methods repeat sentences ("Serve.", "Season to taste."): a reading never changes.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> readings =
        new(StringComparer.Ordinal);

    public IReadOnlyList<string> Read(string text)
    {
        if (readings.TryGetValue(text, out var cached))
        {
            return cached;
        }

        if (readings.Count >= MaxCached)
        {
            readings.Clear();
        }

        return readings[text] = ReadText(text);
    }

    private List<string> ReadText(string text)
    {
        var words = reader.Words(text);
        var mentions = new List<string>();
        var i = 0;
        while (i < words.Count)
        {
            var (length, kind) = reader.PhraseAt(words, i);
            if (kind != 'F')
            {
                i += length;
                continue;
            }

            var term = length == 1 ? words[i] : string.Join(' ', words.Skip(i).Take(length));
            var next = i + length < words.Count ? words[i + length] : null;
            if (!Verb(term, length, next, i == 0 ? null : words[i - 1]) && !Negated(words, i)
                && !NotFoodInSteps.Contains(term) && !DishMade(term))
            {
                mentions.Add(Qualified(words, i, term));
            }

            i += length;
        }

        return mentions;
    }

    /// <summary>A dish the data knows only by what it may hold ("soup", "stir fry", "curry", "salad"): in a method it
    /// names what the recipe makes from its ingredients ("until the soup thickens", "stir fry for 3 minutes"). A dish
    /// that certainly holds a food ("chicken tikka") is still a mention.</summary>
    private bool DishMade(string term) =>
        reader.Food(term) is { File: "dishes.csv", Traits: IngredientTraits.None };

    private static bool Verb(string term, int length, string? next, string? previous)
    {
        if (length > 1 || next is null)
        {
            return false;
        }

        if (VerbFollowers.Contains(next))
        {
            return true;
        }

        // "Roll", "wrap" and "dip" start a clause as verbs far more often than they name bread or a dip.
        return term is "roll" or "wrap" or "dip"
            && (RollFollowers.Contains(next) || previous is null or NameNormalizer.Separator or "then" or "and");
    }

    private static bool Negated(List<string> words, int at)
    {
        for (var j = at - 1; j >= Math.Max(0, at - 3); j--)
        {
            if (words[j] == NameNormalizer.Separator)
            {
                return false;
            }

            if (Negations.Contains(words[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The term with the qualifiers written just before it ("gluten free soy sauce", "vegan
    /// butter").</summary>
    private string Qualified(List<string> words, int at, string term)
    {
        var start = at;
        var found = true;
        while (found)
        {
            found = false;
            for (var length = 1; length <= 3 && start - length >= 0; length++)
            {
                if (reader.PhraseAt(words, start - length) == (length, 'Q'))
                {
                    start -= length;
                    found = true;
                    break;
                }
            }
        }

        return start == at ? term : $"{string.Join(' ', words.Skip(start).Take(at - start))} {term}";
    }
}
