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
internal sealed class MentionReader(IdentityReader reader, FrozenDictionary<string, bool> verbs)
{
    /// <summary>Words after a food word that make it a verb: "cream the butter", "oil a dish", "fish out the bay
    /// leaf".</summary>
    private static readonly FrozenSet<string> VerbFollowers = new[]
    {
        "the", "a", "an", "your", "each", "both", "it", "them", "this", "these", "together", "out", "lightly", "well",
        "generously", "thoroughly",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words after which the next word stands in a verb's place ("then toast", "and roll", "to
    /// spread").</summary>
    private static readonly FrozenSet<string> VerbLeaders = new[]
    {
        "then", "and", "or", "to", "gently", "lightly", "briefly", "quickly", "also", "first", "again", "now", "just",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What a verb takes after it besides an object: a preposition, a particle, an adverb ("toast for a
    /// minute", "spread in a bowl", "stock up", "roll tightly", "oil lightly").</summary>
    private static readonly FrozenSet<string> VerbAdjuncts = new[]
    {
        "in", "into", "on", "onto", "over", "under", "with", "for", "until", "till", "at", "up", "down", "off", "out",
        "through", "around", "about", "between", "across", "while", "briefly", "gently", "well", "again", "evenly",
        "thinly", "thickly", "tightly", "generously", "finely", "roughly", "lightly", "quickly", "slowly",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a list of what is served or added: a food word coordinated after them is a food
    /// ("serve with eggs and toast", "spoon over rice and toast").</summary>
    private static readonly FrozenSet<string> ListOpeners = new[]
    {
        "with", "on", "onto", "over", "alongside", "plus", "serve", "served", "garnish", "top", "accompany",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before "juice" that make it what the cooking gives off ("the pan juices", "its juices"), not a
    /// drink.</summary>
    private static readonly FrozenSet<string> OwnJuice = new[]
    {
        "pan", "cooking", "roasting", "resting", "meat", "its", "their", "natural",
    }.ToFrozenSet(StringComparer.Ordinal);

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
        var mentions = new List<string>();
        foreach (var sentence in Sentences(text))
        {
            ReadSentence(reader.Words(sentence), mentions);
        }

        return mentions;
    }

    private void ReadSentence(List<string> words, List<string> mentions)
    {
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
            if (term == "juice" && JuiceOf(words, i + 1) is { } fruit)
            {
                // "the juice of half a lime" is lime juice, judged as such (lime juice is not a drink).
                mentions.Add($"{fruit.Term} juice");
                i = fruit.End;
                continue;
            }

            if (!Verb(words, i, length) && !Negated(words, i) && !NotFoodInSteps.Contains(term) && !DishMade(term)
                && !(term == "juice" && i > 0 && OwnJuice.Contains(words[i - 1])))
            {
                mentions.Add(Qualified(words, i, term));
            }

            i += length;
        }
    }

    /// <summary>The sentences of a step: a full stop, '!' or '?' before a space or the end ends one ("Toast for a
    /// minute. Add the rice."), so that a clause start is seen as one.</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    /// <summary>After "juice": "of", at most two small words ("the", "a", "half", "one"), then a food: that food and
    /// the index after it.</summary>
    private (string Term, int End)? JuiceOf(List<string> words, int at)
    {
        if (at >= words.Count || words[at] != "of")
        {
            return null;
        }

        for (var j = at + 1; j < Math.Min(words.Count, at + 4); j++)
        {
            var (length, kind) = reader.PhraseAt(words, j);
            if (kind == 'F')
            {
                return (string.Join(' ', words.Skip(j).Take(length)), j + length);
            }

            if (words[j] is not ("the" or "a" or "an" or "half" or "one" or "two" or "whole" or "fresh"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A dish the data knows only by what it may hold ("soup", "stir fry", "curry", "salad"): in a method it
    /// names what the recipe makes from its ingredients ("until the soup thickens", "stir fry for 3 minutes"). A dish
    /// that certainly holds a food ("chicken tikka") is still a mention.</summary>
    private bool DishMade(string term) =>
        reader.Food(term) is { File: "dishes.csv", Traits: IngredientTraits.None };

    /// <summary>
    /// A food word used as a verb. Any single food word followed by a determiner or a particle is one ("cream the
    /// butter", "fish out the bay leaf"). A word English also uses as a cooking verb (<see cref="CookingVerbs"/>) is
    /// one in a verb's place, followed by what a verb takes or by the end of the clause:
    /// <list type="bullet">
    /// <item>at the start of a clause, followed by an adverb or a preposition ("Butter generously", "Spread in a
    ///   bowl", "Oil lightly");</item>
    /// <item>a word whose verb is its usual reading, also after "then", "and", "or", "to" or an adverb, followed by
    ///   an object, a preposition, an adverb or the clause end ("…and toast for a minute", "fill and roll", "toast
    ///   cumin seeds"); not when it ends a list of what is served ("serve with eggs and toast") or follows "to"
    ///   with nothing after ("add to toast").</item>
    /// </list>
    /// A word whose food is its usual reading ("…the chocolate and butter until smooth") stays a food elsewhere.
    /// </summary>
    private bool Verb(List<string> words, int at, int length)
    {
        if (length > 1)
        {
            return false;
        }

        var next = at + 1 < words.Count && words[at + 1] != NameNormalizer.Separator ? words[at + 1] : null;
        if (next is not null && VerbFollowers.Contains(next))
        {
            return true;
        }

        if (!verbs.TryGetValue(words[at], out var usuallyVerb))
        {
            return false;
        }

        var previous = at > 0 ? words[at - 1] : null;
        var clauseStart = previous is null or NameNormalizer.Separator or "then";
        if (!usuallyVerb)
        {
            return clauseStart && next is not null && (VerbAdjuncts.Contains(next) || Adverb(next));
        }

        if (!clauseStart && !VerbLeaders.Contains(previous!) && !Adverb(previous!))
        {
            return false;
        }

        if (next is null)
        {
            return previous != "to" && !ListBefore(words, at);
        }

        if (next == "and" || next == "or")
        {
            // "Toast and grind the cumin", "dip and fry": two actions at a clause start; "eggs and toast" in a list.
            return clauseStart && !ListBefore(words, at);
        }

        return VerbAdjuncts.Contains(next) || Adverb(next) || reader.PhraseAt(words, at + 1).Kind is 'F' or 'Q';
    }

    private bool Adverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)
        && !reader.IsFood(word);

    /// <summary>True when the clause of <paramref name="at"/> lists what is served or added ("serve with eggs and
    /// toast"): a list opener earlier in it, reading back over a list of foods ("with eggs, bacon and toast") but not
    /// over a new clause ("…in the oil, add the rice and toast").</summary>
    private bool ListBefore(List<string> words, int at)
    {
        for (var j = at - 1; j >= 0; j--)
        {
            if (ListOpeners.Contains(words[j]))
            {
                return true;
            }

            if (words[j] == "then" || (words[j] == NameNormalizer.Separator && j + 1 < at
                && reader.PhraseAt(words, j + 1).Kind is not ('F' or 'Q')))
            {
                return false;
            }
        }

        return false;
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
