namespace PantryPilot.Domain.Ontology;

/// <summary>
/// Reads ingredient names with <see cref="OntologyData"/>. A name is normalised (<see cref="NameNormalizer"/>),
/// receipt abbreviations are expanded, plurals folded onto the table's words and joined spellings split ("almondmilk"),
/// then read left to right, longest phrase first, into segments ("ham and vegan cheese" is two). In each segment:
/// <list type="bullet">
/// <item>food terms (and composite foods) give their traits, may-contain traits and source foods;</item>
/// <item>a base before a head replaces the head's default (heads.csv): "almond milk" holds no milk, "rice noodles" no
///   wheat, "vegetable samosa" no meat; "100 %" or "pure" makes a mixed base ("buckwheat" soba) whole;</item>
/// <item>a cut or portion word ("wings", "fillets", "mince") with no animal or plant base named makes the name that
/// meat or fish;</item>
/// <item>negating qualifiers ("vegan", "gluten free", "non-dairy", "fish-free") remove the traits they name from their
///   own head only: the next food after them in the segment (and the foods of the same kind right after it: "GF pasta
///   penne"), else the one before ("vegan cheese ham" keeps the ham); a head they make plant is read as its plant
///   version, which may hold what those often do ("vegan cheese": nuts or soy); a label in brackets qualifies its own
///   item ("pasta (gluten-free)", "(vegan) cheese");</item>
/// <item>stricter-only matching: words of a compound in another order ("sauce, soy") and unknown words within a small
/// edit   distance of a term that carries traits ("chiken") add those traits; they never make a name known or allowed.
/// Words   the tables know (cooking verbs such as "thicken" among them) are never guessed.</item>
/// </list>
/// A name with a word nothing covers is not known: under a strict policy it is Unknown, never silently allowed.
/// </summary>
public sealed partial class IngredientOntology
{
    private const IngredientTraits AnimalFlesh = IngredientTraits.AnimalFlesh;
    private const int MaxCachedReadings = 100_000;

    // The shortest part a joined spelling splits into ("oatmilk" → oat, milk).
    private const int MinJoinedPart = 3;

    /// <summary>The foods.csv term a cut becomes when a qualifier says it holds no meat and no food is named.</summary>
    public const string MeatSubstitute = "meat substitute";

    /// <summary>The foods.csv term a dairy food becomes when a qualifier removes its milk ("vegan cheese").</summary>
    public const string DairySubstitute = "dairy substitute";

    /// <summary>The qualifier an elided food word ("chick'n") is read with: it says no meat, not vegan (some such
    /// products hold egg or milk).</summary>
    private const string MockWord = "meatless";
    private static readonly Lazy<IngredientOntology> Shipped = new(() => new IngredientOntology(OntologyData.Default));

    private readonly Dictionary<string, Phrase> phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> abbreviations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QualifierEntry> ranges = new(StringComparer.Ordinal);
    private readonly HashSet<string> phraseOpenings = new(StringComparer.Ordinal);
    private readonly HashSet<string> foodWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<HeadEntry>> heads = new(StringComparer.Ordinal);
    private readonly List<FoodEntry> scatteredCompounds = [];
    private readonly List<FoodEntry> fuzzyTargets = [];
    private readonly int longestPhrase;

    // Pantries repeat names across requests and checks (pre-filter, validator, harness); a reading never changes.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IngredientClassification> readings =
        new(StringComparer.Ordinal);

    public IngredientOntology(OntologyData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;

        // Later tables win on a clash: a qualifier or food is never shadowed by a noise word.
        foreach (var (phrase, kind) in data.Noise)
        {
            Add(phrase, kind == "separator"
                ? new Phrase(PhraseKind.Separator, null, null, null)
                : new Phrase(PhraseKind.Noise, null, null, null) { NoiseKind = kind });
        }

        foreach (var portion in data.Portions)
        {
            Add(portion.Word, new Phrase(PhraseKind.Portion, null, null, portion));
            foodWords.Add(portion.Word);
        }

        foreach (var food in data.Foods)
        {
            if (phrases.TryGetValue(food.Term, out var existing) && existing.Kind == PhraseKind.Food)
            {
                throw new FormatException(
                    $"{food.File} line {food.Line}: '{food.Term}' is already listed in "
                    + $"{existing.Food!.File} line {existing.Food.Line}");
            }

            Add(food.Term, new Phrase(PhraseKind.Food, food, null, null));
            foodWords.UnionWith(food.Term.Split(' ').Where(w => w.Length >= MinJoinedPart));
            var words = food.Term.Split(' ');
            if (words.Length > 1 && (food.Traits | food.MayContain) != IngredientTraits.None)
            {
                scatteredCompounds.Add(food);
            }

            if (words.Length == 1 && food.Traits != IngredientTraits.None && food.Term.Length >= 4)
            {
                fuzzyTargets.Add(food);
            }
        }

        foreach (var qualifier in data.Qualifiers)
        {
            Add(qualifier.Phrase, new Phrase(PhraseKind.Qualifier, null, qualifier, null));
        }

        // A range that is also a brand food ("gardein", "schar") is read as that food, whatever else lists the phrase,
        // and adds the range's reach.
        var brandFoods = data.Foods.ToLookup(f => f.Term, StringComparer.Ordinal);
        foreach (var range in data.Ranges)
        {
            ranges[range.Phrase] = range;
            Add(range.Phrase, brandFoods[range.Phrase].FirstOrDefault() is { } food
                ? new Phrase(PhraseKind.Food, food, null, null)
                : new Phrase(PhraseKind.Noise, null, null, null) { NoiseKind = "range" });
        }

        foreach (var (abbreviation, expansion) in data.Abbreviations)
        {
            abbreviations[abbreviation] = expansion.Split(' ');
        }

        foreach (var head in data.Heads)
        {
            if (phrases.GetValueOrDefault(head.Head)?.Kind != PhraseKind.Food)
            {
                throw new FormatException(
                    $"heads.csv line {head.Line}: '{head.Head}' is not a food term of the food files");
            }

            heads.TryAdd(head.Head, []);
            heads[head.Head].Add(head);
        }

        // The first two words of every longer phrase: a receipt abbreviation that is also a phrase's first word ("tom"
        // of "tom yum") is that phrase only when the phrase goes on ("TOM SCE" is tomato sauce).
        foreach (var key in phrases.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)))
        {
            var parts = key.Split(' ');
            phraseOpenings.Add(parts[0] + " " + parts[1]);
        }

        // A joined spelling splits only into words that name food: "almondmilk", never "the" + "n".
        foodWords.ExceptWith(data.Noise.Keys);

        // Stryker disable once Equality : a longer bound only makes LongestPhraseAt try lengths that cannot match.
        longestPhrase = phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>The ontology built from the shipped data files.</summary>
    public static IngredientOntology Default => Shipped.Value;

    public OntologyData Data { get; }

    /// <summary>Food and composite-food terms in the table.</summary>
    public int TermCount => Data.Foods.Count;

    /// <summary>True for a word the tables know (a food, qualifier, cut, descriptor or separator word).</summary>
    public bool IsKnownWord(string word) => vocabulary.Contains(word);

    public IngredientClassification Classify(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (readings.TryGetValue(name, out var cached))
        {
            return cached;
        }

        // Stryker disable once all : the bound on the cache only shows in memory use; every reading is the same either
        // way.
        if (readings.Count >= MaxCachedReadings)
        {
            // Stryker disable once all : as above.
            readings.Clear();
        }

        return readings[name] = ReadName(name);
    }

    /// <summary>The normalised words of a name: folded, quantities removed, abbreviations expanded, plurals folded onto
    /// the table's own words ("Chkn Thighs 2lb" → chicken, thigh).</summary>
    public List<string> Words(string text) => Words(text, splitJoined: true);

    /// <summary>True for a word of a food term or a cut, or a food term itself ("salt"): what an allergy may
    /// name.</summary>
    public bool IsFoodWord(string word) =>
        foodWords.Contains(word) || phrases.GetValueOrDefault(word)?.Kind == PhraseKind.Food;

    /// <summary>The words of the food terms and cuts (three letters or more, descriptors left out).</summary>
    public IEnumerable<string> FoodWords => foodWords;

    /// <summary>The words of a name; <paramref name="splitJoined"/> false keeps an unknown word whole ("unicorn" is not
    /// "uni" + "corn" when a person names an allergy).</summary>
    internal List<string> Words(string text, bool splitJoined)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        // "&" inside a name is "and": a maker's name ("Ben & Jerry's", "M&S") is a phrase of the tables; elsewhere
        // "and" separates items as "&" did.
        var tokens = NameNormalizer.Tokens(text.Replace("&", " and ", StringComparison.Ordinal)).ToList();
        // A word written with 's names a maker or a person ("Carr's"), never a receipt abbreviation ("carr").
        var possessives = NameNormalizer.Possessives(text);
        // "Chick'n", "chik'n": a food word with its "e" dropped is the maker's way to say it is a plant version.
        var elisions = NameNormalizer.Elisions(text);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token == NameNormalizer.Separator)
            {
                words.Add(token);
                continue;
            }

            if (elisions.Contains(token) && t + 1 < tokens.Count && tokens[t + 1] == "n"
                && ElidedFood(token) is { } elided)
            {
                words.Add(MockWord);
                words.AddRange(elided);
                t++;
                continue;
            }

            if (Abbreviation(token) is { } expansion && !StandsAsWord(tokens, t) && !possessives.Contains(token))
            {
                words.AddRange(WithoutRepeats(expansion, words, tokens, t));
                continue;
            }

            var word = Canonical(token);
            if (splitJoined && !vocabulary.Contains(word) && SplitJoined(word) is { } parts)
            {
                words.AddRange(parts);
                continue;
            }

            words.Add(word);
        }

        // "free range" describes how hens lived; it must not pair up as "eggs free" + "range".
        for (var i = words.Count - 2; i >= 0; i--)
        {
            if (words[i] == "free" && words[i + 1] == "range")
            {
                words[i] = "freerange";
                words.RemoveAt(i + 1);
            }
        }

        return words;
    }

    /// <summary>A receipt abbreviation's expansion, also in the plural a receipt gives it ("FLLTS" → fillet).</summary>
    private string[]? Abbreviation(string token) =>
        abbreviations.GetValueOrDefault(token)
        ?? (token.Length > MinJoinedPart && token.EndsWith('s') ? abbreviations.GetValueOrDefault(token[..^1]) : null);

    /// <summary>The food a stem written with "'n" names: "chick'n" → chicken, "chik'n" → (chik → chicken); null
    /// when none does ("Four'N Twenty" is "four and twenty").</summary>
    private string[]? ElidedFood(string stem)
    {
        if (phrases.GetValueOrDefault(stem + "en")?.Kind == PhraseKind.Food)
        {
            return [stem + "en"];
        }

        return abbreviations.TryGetValue(stem, out var expansion)
            && phrases.GetValueOrDefault(string.Join(' ', expansion))?.Kind == PhraseKind.Food
                ? expansion
                : null;
    }

    /// <summary>An expansion less the words the name already has next to it: "Tater Tots" is tater + (tots →
    /// tater tot) = "tater tot", not "tater tater tot"; "choc chip" with choc → chocolate chip is "chocolate
    /// chip". At least one word of the expansion is kept.</summary>
    private IEnumerable<string> WithoutRepeats(string[] expansion, List<string> before, List<string> tokens, int t)
    {
        var skip = 0;
        for (var k = expansion.Length - 1; k > 0 && skip == 0; k--)
        {
            if (before.Count >= k && before.Skip(before.Count - k).SequenceEqual(expansion.Take(k)))
            {
                skip = k;
            }
        }

        var drop = 0;
        for (var k = expansion.Length - 1 - skip; k > 0 && drop == 0; k--)
        {
            if (t + k < tokens.Count
                && tokens.Skip(t + 1).Take(k).Select(Canonical).SequenceEqual(expansion.Skip(expansion.Length - k)))
            {
                drop = k;
            }
        }

        return expansion.Skip(skip).Take(expansion.Length - skip - drop);
    }

    /// <summary>True when a token the abbreviations also list is read as itself: a word the tables know on its own, or
    /// the first word of a phrase that the next token continues.</summary>
    private bool StandsAsWord(List<string> tokens, int t)
    {
        var token = tokens[t];
        if (!vocabulary.Contains(token) || phrases.ContainsKey(token))
        {
            return vocabulary.Contains(token);
        }

        return t + 1 < tokens.Count
            && (phraseOpenings.Contains(token + " " + tokens[t + 1])
                || phraseOpenings.Contains(token + " " + Canonical(tokens[t + 1])));
    }

    /// <summary>English plural to singular for ingredient words; errs towards leaving a word alone.</summary>
    public static string Singular(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3
            || word.EndsWith("ss", StringComparison.Ordinal)
            || word.EndsWith("us", StringComparison.Ordinal))
        {
            return word;
        }

        // "berries" → berry, but "pies" → pie: a four-letter word in -ies is a word in -ie plus s.
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("oes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }

    /// <summary>Levenshtein distance, bounded: returns <paramref name="limit"/> + 1 as soon as it is
    /// exceeded.</summary>
    public static int EditDistance(string a, string b, int limit)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private void Add(string phrase, Phrase entry)
    {
        phrases[phrase] = entry;
        foreach (var word in phrase.Split(' '))
        {
            vocabulary.Add(word);
        }
    }

    /// <summary>The table's own spelling of a word: as written if known, else the first known singular form.</summary>
    private string Canonical(string token)
    {
        // A plural form is read as its singular when the table knows the singular ("flakes" → flake, so "corn
        // flakes" meets the compound "corn flake"), even where a noise list also holds the plural.
        if (token.Length > 3 && token.EndsWith('s'))
        {
            // "quiches" → quiche (one s), "glasses" → glass (es), "loaves" → loaf (ves).
            var candidates = new List<string> { Singular(token), token[..^1] };
            if (token.EndsWith("es", StringComparison.Ordinal))
            {
                candidates.Add(token[..^2]);
            }

            if (token.EndsWith("ves", StringComparison.Ordinal))
            {
                candidates.Add(token[..^3] + "f");
            }

            foreach (var candidate in candidates)
            {
                if (vocabulary.Contains(candidate))
                {
                    return candidate;
                }
            }
        }

        return vocabulary.Contains(token) ? token : Singular(token);
    }

    /// <summary>"almondmilk" → almond, milk: an unknown word read as two words when together they are a phrase of the
    /// tables, or both name food (a food term's word or a cut). Null when no split fits.</summary>
    private string[]? SplitJoined(string word)
    {
        string[]? both = null;
        for (var at = MinJoinedPart; at <= word.Length - MinJoinedPart; at++)
        {
            var left = word[..at];
            var right = Canonical(word[at..]);
            if (phrases.ContainsKey(left + " " + right))
            {
                return [left, right];
            }

            if (both is null && foodWords.Contains(left) && foodWords.Contains(right))
            {
                both = [left, right];
            }
        }

        return both;
    }

    private (int Length, Phrase? Phrase, string? Text) LongestPhraseAt(List<string> words, int start)
    {
        // Stryker disable once Linq,Equality : Take() never reads past the end, and no phrase is empty: same answer.
        for (var length = Math.Min(longestPhrase, words.Count - start); length > 0; length--)
        {
            var candidate = string.Join(' ', words.Skip(start).Take(length));
            if (phrases.TryGetValue(candidate, out var phrase))
            {
                return (length, phrase, candidate);
            }
        }

        return (0, null, null);
    }
}
