using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Ingredients;

/// <summary>
/// The one ingredient-identity matcher of the product: which of a list of names (pantry lots, a recipe's ingredients)
/// a name means. Same name (case, plurals, accents ignored), else the same food by head noun, form, cut and variety
/// ("cod fillet" → cod, "lime juice" → lime, "broccoli florets" → broccoli, "black pepper" → pepper, "block tofu" →
/// tofu, "cooked rice" → rice, "oil" → olive oil), never across foods ("chicken stock" is not chicken breast, "peanut
/// butter" not butter, "coconut milk" not milk, "thicken" no food at all). Several equally good candidates are
/// <see cref="MatchKind.Ambiguous"/>, never guessed. Thread-safe; readings are cached per name.
/// </summary>
public sealed class IngredientMatcher
{
    private static readonly Lazy<IngredientMatcher> Shipped =
        new(() => new IngredientMatcher(IngredientOntology.Default));
    private const int MaxComparisons = 200_000;
    private readonly IdentityReader reader;
    private readonly MentionReader mentions;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, bool), (int, string)>
        comparisons = new();

    public IngredientMatcher(IngredientOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(ontology);
        reader = new IdentityReader(ontology);
        mentions = new MentionReader(reader, CookingVerbs.Default);
    }

    /// <summary>The matcher over the shipped ontology.</summary>
    public static IngredientMatcher Default => Shipped.Value;

    public IngredientOntology Ontology => reader.Ontology;

    /// <summary>The name as the ontology reads it ("Onions, Red" → "onion , red"): equal keys are the same
    /// name.</summary>
    public string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return reader.Read(name).Key;
    }

    /// <summary>Which candidate <paramref name="name"/> is: a recipe's ingredient against the pantry, a receipt line
    /// against the pantry, a pantry lot against a recipe's ingredients.</summary>
    public IngredientMatch Match(string name, IReadOnlyList<string> candidates)
        => Best(name, candidates, mention: false);

    /// <summary>Which candidate a short mention in a recipe's steps refers to: like <see cref="Match"/>, and a mention
    /// may also name only the last word of a listed ingredient ("the noodles" for "rice noodles", "the milk" for
    /// "coconut milk", "the pepper" for "salt and pepper").</summary>
    public IngredientMatch Resolve(string mention, IReadOnlyList<string> candidates)
        => Best(mention, candidates, mention: true);

    /// <summary>The foods a sentence of a method mentions, in order ("Stir in the gluten-free soy sauce and the rice" →
    /// "gluten free soy sauce", "rice"): the ontology's food terms, exact words only, with a qualifier written just
    /// before; not a food word used as a verb ("cream the butter" mentions butter only), nor a negated one ("without
    /// cheese"). Match each with <see cref="Resolve"/>.</summary>
    public IReadOnlyList<string> Mentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return mentions.Read(text);
    }

    private IngredientMatch Best(string name, IReadOnlyList<string> candidates, bool mention)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = reader.Read(name);
        if (wanted.Key.Length == 0)
        {
            return IngredientMatch.NoMatch($"'{name}' has no words to match");
        }

        List<int>? same = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (reader.Read(candidates[i]).Key == wanted.Key)
            {
                (same ??= []).Add(i);
            }
        }

        if (same is not null)
        {
            return new IngredientMatch(MatchKind.Same, same, () => $"'{name}' is '{candidates[same[0]]}' (same name)");
        }

        List<(int Index, int Score, string Why)>? scored = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var (score, why) = Compared(wanted, reader.Read(candidates[i]), mention);
            if (score > 0)
            {
                (scored ??= []).Add((i, score, why));
            }
        }

        if (scored is null)
        {
            return new IngredientMatch(MatchKind.None, [], () => NoneOf(name, wanted, candidates, mention));
        }

        var best = scored.Max(s => s.Score);
        var top = scored.Where(s => s.Score == best).ToList();
        if (top.Count > 1)
        {
            return new IngredientMatch(
                MatchKind.Ambiguous,
                top.Select(t => t.Index).ToArray(),
                () => $"'{name}' fits {string.Join(" and ", top.Select(t => $"'{candidates[t.Index]}'"))} equally");
        }

        return new IngredientMatch(MatchKind.Identity, [top[0].Index],
            () => $"'{name}' is '{candidates[top[0].Index]}': {top[0].Why}");
    }

    /// <summary>Why no candidate is the name: the first candidates whose heads relate but that still differ.</summary>
    private string NoneOf(string name, IngredientIdentity wanted, IReadOnlyList<string> candidates, bool mention)
    {
        var rejections = candidates.Select(c => (Name: c, Compared(wanted, reader.Read(c), mention).Why))
            .Where(r => r.Why.Length > 0).Take(3).Select(r => $"'{r.Name}': {r.Why}").ToArray();
        var head = wanted.Head is null ? "no food word" : $"head '{wanted.Head}'";
        return rejections.Length == 0
            ? $"'{name}' ({head}) is none of the {candidates.Count} candidates"
            : $"'{name}' ({head}) is none of the candidates: {string.Join("; ", rejections)}";
    }

    /// <summary><see cref="Compare"/>, remembered: the same pairs of names recur across a whole dataset's
    /// pantries.</summary>
    private (int Score, string Why) Compared(IngredientIdentity wanted, IngredientIdentity candidate, bool mention)
    {
        var key = (wanted.Key, candidate.Key, mention);
        if (comparisons.TryGetValue(key, out var known))
        {
            return known;
        }

        if (comparisons.Count >= MaxComparisons)
        {
            comparisons.Clear();
        }

        return comparisons[key] = Compare(wanted, candidate, mention);
    }

    /// <summary>A score above 0 with what decided, or 0 with why not (empty when the heads have nothing in
    /// common).</summary>
    private (int Score, string Why) Compare(IngredientIdentity wanted, IngredientIdentity candidate, bool mention)
    {
        if (wanted.Multiple || candidate.Multiple)
        {
            return mention && !wanted.Multiple && ContainsWords(candidate.Key, wanted.Key)
                ? (1, $"'{wanted.Key}' is one of the foods of '{candidate.Key}'")
                : (0, string.Empty);
        }

        if (wanted.Head is null || candidate.Head is null)
        {
            return (0, string.Empty);
        }

        if (wanted.HeadIsTerm != candidate.HeadIsTerm)
        {
            // "ribeye steak" and the pantry's "steak": a cut alone is any food with that cut.
            var (term, cut) = wanted.HeadIsTerm ? (wanted, candidate) : (candidate, wanted);
            return term.Cuts.Contains(cut.Head!) && cut.Unknown.Count == 0 ? (3, $"'{cut.Head}' of '{term.Head}'")
                : (0, string.Empty);
        }

        var (score, relation) = Heads(wanted, candidate, mention);
        if (score == 0)
        {
            return (0, relation);
        }

        // Between a general word and a specific lot, the general side names nothing more: "truffle oil" is not the
        // pantry's olive oil, though "oil" is.
        if (score == 4 && !mention && Specifies(wanted, candidate) is { } extra)
        {
            return (0, $"'{extra}' does not say which kind");
        }

        if (Conflict(wanted, candidate, mention) is { } conflict)
        {
            return (0, conflict);
        }

        var shared = wanted.Extras.Intersect(candidate.Extras, StringComparer.Ordinal).ToArray();
        var differs = wanted.Extras.Concat(candidate.Extras).Except(shared, StringComparer.Ordinal).ToArray();
        var why = differs.Length == 0 ? relation
            : $"{relation}; differs in {string.Join(", ", differs.Select(d => $"'{d}'"))}";
        return (score + shared.Length, why);
    }

    private (int Score, string Why) Heads(IngredientIdentity wanted, IngredientIdentity candidate, bool mention)
    {
        var (w, c) = (wanted.Head!, candidate.Head!);
        if (w == c)
        {
            return (8, $"same food '{w}'");
        }

        if (!wanted.HeadIsTerm)
        {
            return (0, string.Empty);
        }

        if (wanted.Generals.TryGetValue(c, out var bothWays) && bothWays)
        {
            return (4, $"'{w}' is a variety of '{c}'");
        }

        if (candidate.Generals.ContainsKey(w))
        {
            return (4, $"'{c}' is a kind of '{w}'");
        }

        if (OfClass(wanted, c) || OfClass(candidate, w))
        {
            return (6, $"'{(OfClass(wanted, c) ? wanted.Key : candidate.Key)}' names the food and its class");
        }

        // "Butter" in the steps is not the peanut butter of the list: nut butters are spreads named after a food and
        // butter. It is the list's "vegan butter" (a qualifier, no food, before it).
        if (mention && ((EndsWithWord(c, w) && (w != "butter" || !NamesFoodBefore(c, w)))
            || (IdentityReader.ClassNouns.Contains(w) && Carries(c, w)
                && reader.Food(w)?.Traits != IngredientTraits.None)))
        {
            return (2, $"'{w}' in the steps refers to '{c}'");
        }

        return (0, string.Empty);
    }

    /// <summary>Of two names whose heads differ (one a kind of the other), a word of the general one that the specific
    /// one does not have: an unknown word or another food ("truffle" in "truffle oil" against "olive oil").</summary>
    private string? Specifies(IngredientIdentity a, IngredientIdentity b)
    {
        var (general, specific) = a.Generals.ContainsKey(b.Head!) ? (b, a) : (a, b);
        return general.Unknown.Concat(general.Modifiers)
            .FirstOrDefault(w => w != specific.Head && !specific.Modifiers.Contains(w)
                && !specific.Unknown.Contains(w));
    }

    /// <summary>"cheddar cheese" with <paramref name="food"/> "cheddar": the head is a class noun and the food carries
    /// every trait of it.</summary>
    private bool OfClass(IngredientIdentity name, string food) =>
        IdentityReader.ClassNouns.Contains(name.Head!) && name.Modifiers.Contains(food) && Carries(food, name.Head!);

    private bool Carries(string food, string classNoun) =>
        reader.Food(food) is { } f && reader.Food(classNoun) is { } c
            && (c.Traits & ~f.Traits) == IngredientTraits.None;

    /// <summary>Why two names with related heads are still different foods, or null.</summary>
    private static string? Conflict(IngredientIdentity wanted, IngredientIdentity candidate, bool mention)
    {
        if (Disjoint(wanted.Modifiers, candidate.Modifiers) && wanted.Head == candidate.Head)
        {
            return $"different kinds ({Words(wanted.Modifiers)} / {Words(candidate.Modifiers)})";
        }

        if (Disjoint(wanted.Cuts, candidate.Cuts))
        {
            return $"different cuts ({Words(wanted.Cuts)} / {Words(candidate.Cuts)})";
        }

        if (Disjoint(wanted.Colours, candidate.Colours))
        {
            return $"different colours ({Words(wanted.Colours)} / {Words(candidate.Colours)})";
        }

        if (Disjoint(wanted.Unknown, candidate.Unknown))
        {
            return $"different varieties ({Words(wanted.Unknown)} / {Words(candidate.Unknown)})";
        }

        if ((wanted.Removes & (candidate.Traits | candidate.MayContain)) != IngredientTraits.None)
        {
            return $"asked for without {wanted.Removes & (candidate.Traits | candidate.MayContain)}, which "
                + $"'{candidate.Key}' has";
        }

        // A food added to the same head that brings a trait of its own is another dish ("chicken rice" is not rice).
        var (more, less) = wanted.Modifiers.Count > candidate.Modifiers.Count ? (wanted, candidate)
            : (candidate, wanted);
        var added = more.Traits & ~less.Traits & ~less.Removes;
        if (more.Modifiers.Count > 0 && less.Modifiers.Count == 0 && wanted.Head == candidate.Head
            && added != IngredientTraits.None)
        {
            return $"'{Words(more.Modifiers)}' adds {added}";
        }

        // Whatever the recipe's name certainly holds, the lot must hold too, unless the lot's own qualifier removed it.
        // A mention in the steps is a shortened reference to what the list already names ("the milk" of coconut milk).
        if (mention)
        {
            return null;
        }

        var lost = wanted.Traits & ~candidate.Traits & ~candidate.Removes;
        return lost != IngredientTraits.None && wanted.Head != candidate.Head ? $"'{candidate.Key}' has no {lost}"
            : null;
    }

    /// <summary>True when a word before the last word <paramref name="last"/> of <paramref name="term"/> is a food
    /// ("peanut" in "peanut butter"; not "vegan" in "vegan butter").</summary>
    private bool NamesFoodBefore(string term, string last) =>
        term[..^(last.Length + 1)].Split(' ').Any(reader.IsFood);

    private static bool EndsWithWord(string text, string word) =>
        text.Length > word.Length && text[^(word.Length + 1)] == ' ' && text.EndsWith(word, StringComparison.Ordinal);

    private static bool Disjoint(IReadOnlySet<string> a, IReadOnlySet<string> b) => a.Count > 0 && b.Count > 0
        && !a.Overlaps(b);

    private static string Words(IEnumerable<string> words) => string.Join(" ", words);

    private static bool ContainsWords(string text, string words)
        => $" {text} ".Contains($" {words} ", StringComparison.Ordinal);
}
