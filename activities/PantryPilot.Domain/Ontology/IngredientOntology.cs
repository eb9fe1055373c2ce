namespace PantryPilot.Domain.Ontology;

/// <summary>
/// Reads ingredient names with <see cref="OntologyData"/>. A name is normalised (<see cref="NameNormalizer"/>),
/// receipt abbreviations are expanded, plurals folded onto the table's words, then read left to right, longest phrase
/// first, into segments ("ham and vegan cheese" is two). In each segment:
/// <list type="bullet">
/// <item>food terms (and composite foods) give their traits, may-contain traits and source foods;</item>
/// <item>a cut or portion word ("wings", "fillets", "mince") with no animal or plant base named makes the name that meat or fish;</item>
/// <item>negating qualifiers ("vegan", "gluten free", "non-dairy") remove the traits they name from their own head only: the
///   next food after them in the segment, else the one before ("vegan cheese ham" keeps the ham); a cut made plant by one
///   ("plant-based mince", "vegan nuggets") is read as the table's <c>meat substitute</c>;</item>
/// <item>stricter-only matching: words of a compound in another order ("sauce, soy") and unknown words within a small edit
///   distance of a term that carries traits ("chiken") add those traits; they never make a name known or allowed.</item>
/// </list>
/// A name with a word nothing covers is not known: under a strict policy it is Unknown, never silently allowed.
/// </summary>
public sealed class IngredientOntology
{
    private const IngredientTraits AnimalFlesh = IngredientTraits.AnimalFlesh;
    private const int MaxCachedReadings = 100_000;

    /// <summary>The foods.csv term a cut becomes when a qualifier says it holds no meat and no food is named.</summary>
    public const string MeatSubstitute = "meat substitute";

    /// <summary>The foods.csv term a dairy food becomes when a qualifier removes its milk ("vegan cheese").</summary>
    public const string DairySubstitute = "dairy substitute";
    private static readonly Lazy<IngredientOntology> Shipped = new(() => new IngredientOntology(OntologyData.Default));

    private readonly Dictionary<string, Phrase> phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> abbreviations = new(StringComparer.Ordinal);
    private readonly List<FoodEntry> scatteredCompounds = [];
    private readonly List<FoodEntry> fuzzyTargets = [];
    private readonly int longestPhrase;

    // Pantries repeat names across requests and checks (pre-filter, validator, harness); a reading never changes.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IngredientClassification> readings = new(StringComparer.Ordinal);

    public IngredientOntology(OntologyData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;

        // Later tables win on a clash: a qualifier or food is never shadowed by a noise word.
        foreach (var (phrase, kind) in data.Noise)
        {
            Add(phrase, kind == "separator" ? new Phrase(PhraseKind.Separator, null, null, null) : new Phrase(PhraseKind.Noise, null, null, null));
        }

        foreach (var portion in data.Portions)
        {
            Add(portion.Word, new Phrase(PhraseKind.Portion, null, null, portion));
        }

        foreach (var food in data.Foods)
        {
            if (phrases.TryGetValue(food.Term, out var existing) && existing.Kind == PhraseKind.Food)
            {
                throw new FormatException($"foods.csv line {food.Line}: '{food.Term}' is already listed on line {existing.Food!.Line}");
            }

            Add(food.Term, new Phrase(PhraseKind.Food, food, null, null));
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

        foreach (var (abbreviation, expansion) in data.Abbreviations)
        {
            abbreviations[abbreviation] = expansion.Split(' ');
        }

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

        // Stryker disable once all : the bound on the cache only shows in memory use; every reading is the same either way.
        if (readings.Count >= MaxCachedReadings)
        {
            // Stryker disable once all : as above.
            readings.Clear();
        }

        return readings[name] = ReadName(name);
    }

    private IngredientClassification ReadName(string name)
    {
        var words = Words(name);
        var segments = new List<Segment> { new() };
        var i = 0;
        while (i < words.Count)
        {
            var segment = segments[^1];
            if (words[i] == NameNormalizer.Separator)
            {
                segments.Add(new Segment());
                i++;
                continue;
            }

            var (length, phrase, text) = LongestPhraseAt(words, i);
            if (length == 0)
            {
                segment.Unknown.Add(words[i]);
                segment.Parts.Add(new Part(null, null, words[i]));
                segment.Words.Add(words[i]);
                i++;
                continue;
            }

            switch (phrase!.Kind)
            {
                case PhraseKind.Separator:
                    segments.Add(new Segment());
                    break;
                case PhraseKind.Food:
                    segment.Foods.Add(phrase.Food!);
                    segment.Parts.Add(new Part(phrase.Food, null, null));
                    break;
                case PhraseKind.Qualifier:
                    segment.Qualifiers.Add(phrase.Qualifier!);
                    segment.Parts.Add(new Part(null, phrase.Qualifier, null));
                    break;
                case PhraseKind.Portion:
                    segment.Portions.Add(phrase.Portion!);
                    break;
                case PhraseKind.Noise:
                    break;
            }

            segment.Words.AddRange(text!.Split(' '));
            i += length;
        }

        // "bread, gluten free": a segment of qualifiers only qualifies the segment before it.
        for (var s = segments.Count - 1; s > 0; s--)
        {
            var segment = segments[s];
            if (segment.Foods.Count == 0 && segment.Portions.Count == 0 && segment.Unknown.Count == 0)
            {
                segments[s - 1].Qualifiers.AddRange(segment.Qualifiers);
                segments[s - 1].Parts.AddRange(segment.Parts);
                segments.RemoveAt(s);
            }
        }

        var result = new Reading();
        foreach (var segment in segments)
        {
            Read(segment, result);
        }

        // Stricter only: the words of a compound that carries traits, anywhere in the name but not side by side
        // ("sauce, soy" is soy sauce). Qualifiers do not reach these.
        var present = segments.SelectMany(s => s.Words).ToHashSet(StringComparer.Ordinal);
        foreach (var compound in scatteredCompounds)
        {
            if (!result.Matched.Contains(compound.Term) && compound.Term.Split(' ').All(present.Contains)
                && ((compound.Traits & ~result.Traits) | (compound.MayContain & ~result.MayContain)) != IngredientTraits.None)
            {
                result.Traits |= compound.Traits;
                result.MayContain |= compound.MayContain;
                result.Sources.UnionWith(compound.Sources);
                result.MaySources.UnionWith(compound.MaySources);
                result.Notes.Add(Describe($"words of '{compound.Term}' in another order", compound.Traits, compound.MayContain, compound.Note));
            }
        }

        var known = result.Matched.Count > 0 && result.Unknown.Count == 0;
        return new IngredientClassification(name, known, result.Traits, result.Matched, result.Unknown)
        {
            MayContain = result.MayContain & ~result.Traits,
            Sources = result.Sources,
            MaySources = result.MaySources,
            Words = words.Where(w => w != NameNormalizer.Separator).ToList(),
            Notes = result.Notes,
        };
    }

    /// <summary>The normalised words of a name: folded, quantities removed, abbreviations expanded, plurals folded onto
    /// the table's own words ("Chkn Thighs 2lb" → chicken, thigh).</summary>
    public List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var token in NameNormalizer.Tokens(text))
        {
            if (token == NameNormalizer.Separator)
            {
                words.Add(token);
                continue;
            }

            if (!vocabulary.Contains(token) && abbreviations.TryGetValue(token, out var expansion))
            {
                words.AddRange(expansion);
                continue;
            }

            words.Add(Canonical(token));
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

    /// <summary>English plural to singular for ingredient words; errs towards leaving a word alone.</summary>
    public static string Singular(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal))
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

    /// <summary>Levenshtein distance, bounded: returns <paramref name="limit"/> + 1 as soon as it is exceeded.</summary>
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

    private void Read(Segment segment, Reading result)
    {
        // Each qualifier reaches its own head: the next food or unread word after it, else the one before it. One with
        // no head in its segment (only cuts: "vegan nuggets") reaches the cut.
        var reach = new Dictionary<int, IngredientTraits>();
        var headless = IngredientTraits.None;
        for (var p = 0; p < segment.Parts.Count; p++)
        {
            if (segment.Parts[p].Qualifier is not { } qualifier)
            {
                continue;
            }

            var head = HeadOf(segment.Parts, p);
            if (head < 0)
            {
                headless |= qualifier.Removes;
            }
            else
            {
                reach[head] = reach.GetValueOrDefault(head) | qualifier.Removes;
            }
        }

        var traits = IngredientTraits.None;
        var may = IngredientTraits.None;
        var unqualified = IngredientTraits.None;
        for (var p = 0; p < segment.Parts.Count; p++)
        {
            var removes = reach.GetValueOrDefault(p);
            if (segment.Parts[p].Food is { } food)
            {
                unqualified |= food.Traits;
                traits |= food.Traits & ~removes;
                may |= food.MayContain & ~removes;
                result.Matched.Add(food.Term);
                result.Sources.UnionWith(food.Sources);
                result.MaySources.UnionWith(food.MaySources);
                result.Notes.Add(Describe($"'{food.Term}'", food.Traits, food.MayContain, food.Note));
                if ((food.Traits & removes & IngredientTraits.Dairy) != 0 && phrases.GetValueOrDefault(DairySubstitute)?.Food is { } dairyFree)
                {
                    // "vegan cheese" is no longer milk, but what replaces it (cashew, almond, soy) may matter to an allergy.
                    may |= dairyFree.MayContain & ~removes;
                    result.MaySources.UnionWith(dairyFree.MaySources);
                    result.Notes.Add(Describe($"'{food.Term}' with no milk is a {dairyFree.Term}", dairyFree.Traits, dairyFree.MayContain, dairyFree.Note));
                }
            }
            else if (segment.Parts[p].Unknown is { } word)
            {
                // Stricter only: an unknown word close to a term that carries traits ("chiken", "shrimps", "prawnz").
                result.Unknown.Add(word);
                foreach (var target in FuzzyMatches(word))
                {
                    unqualified |= target.Traits;
                    traits |= target.Traits & ~removes;
                    may |= target.MayContain & ~removes;
                    result.Sources.Add(target.Term);
                    result.Sources.UnionWith(target.Sources);
                    result.Notes.Add(Describe($"'{word}' looks like '{target.Term}'", target.Traits, target.MayContain, "spelling variant, treated as that food"));
                }
            }
        }

        // A cut with no flesh and no plant base named is that meat or fish ("buffalo wings"), unless a qualifier says
        // there is no meat in it ("plant-based mince": then a meat substitute when nothing else is named).
        var anyRemoves = segment.Qualifiers.Aggregate(IngredientTraits.None, (all, q) => all | q.Removes);
        var cut = segment.Portions.Aggregate(IngredientTraits.None, (all, x) => all | x.Traits);
        if (segment.Portions.Count > 0 && (unqualified & AnimalFlesh) == 0 && !segment.Foods.Any(f => f.IsPlantBase))
        {
            if ((anyRemoves & IngredientTraits.Meat) == 0)
            {
                foreach (var portion in segment.Portions)
                {
                    traits |= portion.Traits & ~headless;
                    result.Notes.Add(Describe($"'{portion.Word}' with no plant base named", portion.Traits, IngredientTraits.None, portion.Note));
                }
            }
            else if (segment.Foods.Count == 0 && segment.Unknown.Count == 0 && phrases.GetValueOrDefault(MeatSubstitute)?.Food is { } substitute)
            {
                // "plant-based mince": a cut with no meat in it is a meat substitute, which may hold what those often do.
                cut |= substitute.Traits | substitute.MayContain;
                traits |= substitute.Traits & ~headless;
                may |= substitute.MayContain & ~headless;
                result.Matched.Add(substitute.Term);
                result.Notes.Add(Describe($"'{segment.Portions[0].Word}' with no meat is a {substitute.Term}", substitute.Traits, substitute.MayContain, substitute.Note));
            }
        }

        for (var p = 0; p < segment.Parts.Count; p++)
        {
            if (segment.Parts[p].Qualifier is not { } qualifier)
            {
                continue;
            }

            var head = HeadOf(segment.Parts, p);
            var removed = (head < 0 ? cut : HeadTraits(segment.Parts[head])) & qualifier.Removes;
            result.Notes.Add(removed == IngredientTraits.None
                ? $"'{qualifier.Phrase}' ({qualifier.Note})"
                : $"'{qualifier.Phrase}' removes {removed} ({qualifier.Note})");
        }

        result.Traits |= traits;
        result.MayContain |= may;
    }

    /// <summary>The part a qualifier at <paramref name="at"/> reaches: the next food or unread word, else the one before; -1 if none.</summary>
    private static int HeadOf(List<Part> parts, int at)
    {
        for (var p = at + 1; p < parts.Count; p++)
        {
            if (parts[p].Qualifier is null)
            {
                return p;
            }
        }

        for (var p = at - 1; p >= 0; p--)
        {
            if (parts[p].Qualifier is null)
            {
                return p;
            }
        }

        return -1;
    }

    private IngredientTraits HeadTraits(Part head) => head.Food is { } food
        ? food.Traits | food.MayContain
        : FuzzyMatches(head.Unknown!).Aggregate(IngredientTraits.None, (all, f) => all | f.Traits | f.MayContain);

    private IEnumerable<FoodEntry> FuzzyMatches(string word)
    {
        var limit = word.Length >= 8 ? 2 : 1;
        foreach (var target in fuzzyTargets)
        {
            // A word that starts or ends with a term that carries traits ("cheeseburger", "chickenwings") counts too. (An
            // unread word is never the term itself, and every target has four letters or more.)
            var embedded = word.StartsWith(target.Term, StringComparison.Ordinal) || word.EndsWith(target.Term, StringComparison.Ordinal);
            if (embedded || (target.Term.Length >= 5 && EditDistance(word, target.Term, limit) <= limit))
            {
                yield return target;
            }
        }
    }

    private static string Describe(string what, IngredientTraits traits, IngredientTraits may, string note)
    {
        var text = traits == IngredientTraits.None ? $"{what} → no restricted ingredient" : $"{what} → {traits}";
        if (may != IngredientTraits.None)
        {
            text += $", may contain {may}";
        }

        return string.IsNullOrWhiteSpace(note) ? text : $"{text} ({note.Trim()})";
    }

    private enum PhraseKind
    {
        Food,
        Qualifier,
        Portion,
        Noise,
        Separator,
    }

    private sealed record Phrase(PhraseKind Kind, FoodEntry? Food, QualifierEntry? Qualifier, PortionEntry? Portion);

    /// <summary>A food, a qualifier or an unread word of a segment, in name order (cuts and noise are not heads).</summary>
    private sealed record Part(FoodEntry? Food, QualifierEntry? Qualifier, string? Unknown);

    private sealed class Segment
    {
        public List<FoodEntry> Foods { get; } = [];

        public List<QualifierEntry> Qualifiers { get; } = [];

        public List<PortionEntry> Portions { get; } = [];

        public List<string> Unknown { get; } = [];

        public List<Part> Parts { get; } = [];

        public List<string> Words { get; } = [];
    }

    private sealed class Reading
    {
        public IngredientTraits Traits { get; set; }

        public IngredientTraits MayContain { get; set; }

        public List<string> Matched { get; } = [];

        public List<string> Unknown { get; } = [];

        public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

        public HashSet<string> MaySources { get; } = new(StringComparer.Ordinal);

        public List<string> Notes { get; } = [];
    }
}
