using System.Collections.Concurrent;
using System.Collections.Frozen;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Ingredients;

/// <summary>
/// Reads names into <see cref="IngredientIdentity"/> with the ontology's words and tables, and knows how food terms
/// relate: a term with the same traits as its last term ("black pepper", "brown rice", "cherry tomato", "olive oil")
/// is a variety of it, both ways, unless listed as a distinct food ("sweet potato"); another term is a kind of its last
/// term one way only, and only when it keeps every trait that term certainly has ("stock" may be the pantry's chicken
/// stock; "milk" is never coconut milk, "butter" never peanut butter, "flour" never rice flour).
/// </summary>
internal sealed class IdentityReader
{
    /// <summary>Colour words: two names of one food with different colours are different varieties.</summary>
    public static readonly FrozenSet<string> ColourWords = new[] { "red", "green", "yellow", "white", "black", "brown",
        "purple", "golden" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words for the form a food comes in, not a food: "broccoli florets", "garlic cloves", "thyme sprigs".
    /// "clove" is also a spice: only read as a form after another food.</summary>
    public static readonly FrozenSet<string> FormWords = new[]
    {
        "floret", "clove", "sprig", "stalk", "stem", "spear", "kernel", "bulb", "segment", "ring", "half", "halve",
        "quarter", "round", "peel", "rind", "crumb", "rib", "head", "heart", "tip", "shaving", "sheet", "juice",
        "zest", "wedge", "slice", "strand", "thread", "pod", "bud", "top",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Varieties that are a different food from their last term ("sweet potato" is no potato): a recipe's
    /// "bell pepper" does not take the pantry's "pepper", though the recipe's "pepper" may be the pantry's bell
    /// pepper.</summary>
    public static readonly FrozenSet<string> DistinctVarieties = new[]
    {
        "bell pepper", "sweet pepper", "sweet potato", "spring onion", "green onion", "bitter melon", "butterfly pea",
        "chick pea", "snow pea", "snap pea", "black eyed pea", "sea cucumber", "star anise", "ice cream", "sour cream",
        "cream cheese", "cottage cheese", "soured cream",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Class nouns a cook writes after a food of that class: "cheddar cheese" is cheddar, "jalapeno pepper" is
    /// jalapeno, "shiitake mushroom" is shiitake (when the food carries every trait of the class noun).</summary>
    public static readonly FrozenSet<string> ClassNouns = new[] { "cheese", "pepper", "chili", "chilli", "mushroom",
        "lettuce", "fish" }
        .ToFrozenSet(StringComparer.Ordinal);

    private const int MaxCached = 50_000;

    private readonly IngredientOntology ontology;
    private readonly Dictionary<string, FoodEntry> foods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QualifierEntry> qualifiers = new(StringComparer.Ordinal);
    private readonly HashSet<string> portions = new(StringComparer.Ordinal);
    private readonly HashSet<string> separators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string General, bool BothWays)> general = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IngredientIdentity> identities = new(StringComparer.Ordinal);
    private readonly IdentityData data;
    private readonly Dictionary<string, int> longestFrom = new(StringComparer.Ordinal);
    private readonly int longest;

    public IdentityReader(IngredientOntology ontology, IdentityData? data = null)
    {
        this.ontology = ontology;
        this.data = data ?? IdentityData.Default;
        foreach (var food in ontology.Data.Foods)
        {
            foods[food.Term] = food;
        }

        foreach (var qualifier in ontology.Data.Qualifiers)
        {
            qualifiers[qualifier.Phrase] = qualifier;
        }

        foreach (var portion in ontology.Data.Portions)
        {
            portions.Add(portion.Word);
        }

        foreach (var (phrase, kind) in ontology.Data.Noise)
        {
            if (kind == "separator")
            {
                separators.Add(phrase);
            }
        }

        longest = foods.Keys.Concat(qualifiers.Keys).Max(k => k.Count(c => c == ' ') + 1);
        foreach (var phrase in foods.Keys.Concat(qualifiers.Keys))
        {
            var first = phrase.Split(' ')[0];
            longestFrom[first] = Math.Max(longestFrom.GetValueOrDefault(first), phrase.Count(c => c == ' ') + 1);
        }
        foreach (var food in ontology.Data.Foods)
        {
            if (General(food) is { } relation)
            {
                general[food.Term] = relation;
            }
        }

        // Kinds from the matcher's data: both ways when the certain traits are equal, else the general word to the lot.
        foreach (var (name, target) in this.data.Kinds)
        {
            if (foods.TryGetValue(name, out var food) && foods.TryGetValue(target, out var kind)
                && !general.ContainsKey(name))
            {
                if (food.Traits == kind.Traits)
                {
                    general[name] = (target, true);
                }
                else if ((kind.Traits & ~food.Traits) == IngredientTraits.None)
                {
                    general[name] = (target, false);
                }
            }
        }
    }

    public IngredientOntology Ontology => ontology;

    /// <summary>True when <paramref name="word"/> alone is a food term.</summary>
    public bool IsFood(string word) => foods.ContainsKey(word);

    public FoodEntry? Food(string term) => foods.GetValueOrDefault(term);

    /// <summary>The terms <paramref name="term"/> is a kind of, nearest first ("extra virgin olive oil" → olive oil →
    /// oil), with whether each step holds both ways.</summary>
    public IEnumerable<(string Term, bool BothWays)> Generalisations(string term)
    {
        var bothWays = true;
        var seen = 0;
        while (general.TryGetValue(term, out var step) && seen++ < 8)
        {
            bothWays &= step.BothWays;
            term = step.General;
            yield return (term, bothWays);
        }
    }

    public IngredientIdentity Read(string name)
    {
        if (identities.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (identities.Count >= MaxCached)
        {
            identities.Clear();
        }

        return identities[name] = ReadName(name);
    }

    private IngredientIdentity ReadName(string name)
    {
        var words = Words(name);
        var segments = Segments(words);

        // Only segments that name something count: "pasta, gluten free" is one food with a qualifier.
        var named = segments.Where(s => s.Any(p => p.Kind is 'F' or 'U')).ToList();
        var parts = named.Count == 1 ? named[0] : segments.SelectMany(s => s).ToList();
        var classification = ontology.Classify(name);
        var foodsIn = parts.Where(p => p.Kind == 'F').Select(p => p.Text).ToList();

        // "garlic cloves": a form word after another food is the form, not the spice.
        var forms = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 1; p < parts.Count; p++)
        {
            if (parts[p].Kind == 'F' && FormWords.Contains(parts[p].Text) && parts.Take(p).Any(x => x.Kind == 'F'))
            {
                forms.Add(parts[p].Text);
                foodsIn.Remove(parts[p].Text);
            }
        }

        var unknown = parts.Where(p => p.Kind == 'U').Select(p => p.Text).ToList();
        foreach (var word in unknown.Where(FormWords.Contains).ToArray())
        {
            forms.Add(word);
            unknown.Remove(word);
        }

        var cuts = parts.Where(p => p.Kind == 'P').Select(p => p.Text).ToList();
        var head = foodsIn.Count > 0 ? foodsIn[^1] : null;
        if (head is null && cuts.Concat(unknown).FirstOrDefault(w => data.Kinds.TryGetValue(w, out var kind)
            && foods.ContainsKey(kind)) is { } cut)
        {
            // "flank steak", "chuck roast": a cut the data names as a kind of beef is beef.
            head = data.Kinds[cut];
        }

        var headIsTerm = head is not null;
        if (head is null && unknown.Count > 0)
        {
            head = unknown[^1];
            unknown.RemoveAt(unknown.Count - 1);
        }
        else if (head is null && cuts.Count > 0)
        {
            // "steak": a cut alone is its own (pseudo) head.
            head = cuts[^1];
            cuts.RemoveAt(cuts.Count - 1);
        }

        return new IngredientIdentity(
            string.Join(' ', words),
            head,
            headIsTerm,
            named.Count > 1,
            foodsIn.Take(foodsIn.Count - 1).ToHashSet(StringComparer.Ordinal),
            cuts.ToHashSet(StringComparer.Ordinal),
            words.Where(ColourWords.Contains).ToHashSet(StringComparer.Ordinal),
            unknown.ToHashSet(StringComparer.Ordinal),
            forms,
            parts.Where(p => p.Kind == 'Q')
                .Aggregate(IngredientTraits.None, (all, p) => all | qualifiers[p.Text].Removes),
            classification.Traits,
            classification.MayContain)
        {
            Generals = headIsTerm
                ? Generalisations(head!).ToDictionary(g => g.Term, g => g.BothWays, StringComparer.Ordinal) : [],
        };
    }

    /// <summary>The words of a name as phrases (food, qualifier, cut, unknown), in segments between separators ("pasta,
    /// gluten free"); a food term ending in a form word ("lime juice") is the food and its form.</summary>
    private List<List<(string Text, char Kind)>> Segments(List<string> words)
    {
        var segments = new List<List<(string Text, char Kind)>> { new() };
        var i = 0;
        while (i < words.Count)
        {
            if (words[i] == NameNormalizer.Separator || separators.Contains(words[i]))
            {
                segments.Add([]);
                i++;
                continue;
            }

            var (length, kind) = PhraseAt(words, i);
            var text = string.Join(' ', words.Skip(i).Take(length));
            if (kind == 'F' && length > 1 && FormWords.Contains(words[i + length - 1])
                && foods.ContainsKey(text[..text.LastIndexOf(' ')]))
            {
                // "lime juice", a term of its own for the diet, is the pantry's lime in the form of its juice.
                segments[^1].Add((text[..text.LastIndexOf(' ')], 'F'));
                segments[^1].Add((words[i + length - 1], foods.ContainsKey(words[i + length - 1]) ? 'F' : 'U'));
                i += length;
                continue;
            }

            segments[^1].Add((text, kind));
            i += length;
        }

        return segments;
    }

    /// <summary>The ontology's words of a text, with the data's names of one food rewritten ("prawn" → shrimp, "broth"
    /// → stock).</summary>
    public List<string> Words(string text)
    {
        var words = ontology.Words(text);
        foreach (var (from, to) in data.Same)
        {
            for (var i = 0; i + from.Length <= words.Count; i++)
            {
                if (words[i] == from[0] && (from.Length == 1 || words.Skip(i).Take(from.Length).SequenceEqual(from)))
                {
                    words.RemoveRange(i, from.Length);
                    words.InsertRange(i, to);
                    i += to.Length - 1;
                }
            }
        }

        return words;
    }

    /// <summary>The longest phrase at <paramref name="start"/>: F food term, Q qualifier, P cut, D known descriptor,
    /// U a word nothing knows.</summary>
    public (int Length, char Kind) PhraseAt(List<string> words, int start)
    {
        var word = words[start];

        // Only phrases that start with this word can match: most words start none longer than themselves.
        for (var length = Math.Min(longestFrom.GetValueOrDefault(word, 1), words.Count - start); length > 0; length--)
        {
            var phrase = length == 1 ? word : Phrase(words, start, length);
            if (phrase is null)
            {
                continue;
            }

            if (foods.ContainsKey(phrase))
            {
                return (length, 'F');
            }

            if (qualifiers.ContainsKey(phrase))
            {
                return (length, 'Q');
            }
        }

        return portions.Contains(word) ? (1, 'P') : ontology.IsKnownWord(word) && !FormWords.Contains(word) ? (1, 'D')
            : (1, 'U');
    }

    /// <summary>The words joined, or null when a separator falls among them.</summary>
    private static string? Phrase(List<string> words, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (words[i] == NameNormalizer.Separator)
            {
                return null;
            }
        }

        return string.Join(' ', words.GetRange(start, length));
    }

    /// <summary>The term <paramref name="food"/> is a kind of: its longest last words that are a term
    /// themselves.</summary>
    private (string General, bool BothWays)? General(FoodEntry food)
    {
        var words = food.Term.Split(' ');

        // "feta cheese", "jalapeno pepper": a food written with its class noun is that food, when the data says the
        // same of both.
        if (words.Length > 1 && ClassNouns.Contains(words[^1])
            && foods.TryGetValue(string.Join(' ', words[..^1]), out var named)
            && named.Traits == food.Traits && named.MayContain == food.MayContain)
        {
            return (named.Term, true);
        }

        for (var k = 1; k < words.Length; k++)
        {
            var last = string.Join(' ', words[k..]);
            if (!foods.TryGetValue(last, out var general) || last == "water")
            {
                continue;
            }

            if (food.Traits == general.Traits && food.MayContain == general.MayContain
                && !DistinctVarieties.Contains(food.Term))
            {
                return (last, true);
            }

            // A kind made of another food: only if it keeps what the general term certainly is.
            return (general.Traits & ~food.Traits) == IngredientTraits.None ? (last, false) : null;
        }

        return null;
    }
}
