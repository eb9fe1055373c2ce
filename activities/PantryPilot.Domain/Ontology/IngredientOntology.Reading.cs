namespace PantryPilot.Domain.Ontology;

/// <summary>How one name is read: segments, heads and their bases, qualifiers and their reach, cuts, near
/// spellings.</summary>
public sealed partial class IngredientOntology
{
    // A noise word of this kind ("pure", what "100 %" becomes) says a mixed base is the whole product.
    private const string PurityKind = "purity";

    // The base flag that names a base usually mixed with wheat ("buckwheat" soba): it only makes the wheat "may
    // contain".
    private const string MixedStarch = "gf-mixed";
    private const string Starch = "gf";

    // What a qualifier that makes a head plant ("vegan cheese", "fish-free fish sauce") takes with it: the head's
    // animal make-up, never its grain ("gluten-free pasta" is still rice or corn).
    private const IngredientTraits FromAnimals =
        IngredientTraits.AnimalFlesh | IngredientTraits.Dairy | IngredientTraits.Egg | IngredientTraits.Honey;

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
                segment.Parts.Add(new Part(null, null, words[i]));
                segment.ContentWords.Add(words[i]);
                segment.LooseWords.Add(words[i]);
                i++;
                continue;
            }

            var phraseWords = text!.Split(' ');
            if (ranges.TryGetValue(text, out var range))
            {
                segment.Ranges.Add(range);
            }

            switch (phrase!.Kind)
            {
                case PhraseKind.Separator:
                    segments.Add(new Segment());
                    break;
                case PhraseKind.Food:
                    segment.Parts.Add(new Part(phrase.Food, null, null));
                    break;
                case PhraseKind.Qualifier:
                    segment.Parts.Add(new Part(null, phrase.Qualifier, null));
                    break;
                case PhraseKind.Portion:
                    segment.Portions.Add(phrase.Portion!);
                    break;
                case PhraseKind.Noise:
                    segment.Pure |= phrase.NoiseKind == PurityKind;
                    break;
            }

            // A qualifier's or a range's words name no food ("impossible chicken" is the maker's line, not chicken).
            if (phrase.Kind != PhraseKind.Qualifier && range is null)
            {
                segment.ContentWords.AddRange(phraseWords);
            }

            if (phrase.Kind != PhraseKind.Food && phrase.Kind != PhraseKind.Qualifier && range is null)
            {
                segment.LooseWords.AddRange(phraseWords);
            }

            i += length;
        }

        MergeQualifierOnlySegments(segments);
        var result = new Reading();
        foreach (var segment in segments)
        {
            Read(segment, result);
        }

        // Stricter only: the words of a compound that carries traits, anywhere in the name but not side by side
        // ("sauce, soy" is soy sauce). Qualifiers do not reach these, and their own words ("egg free") are not food.
        // At least one of its words must be one no food term took ("sauce" above): words that are all read as foods
        // already say what they hold ("vegetable stock cube" is not also a "stock cube").
        var contentWords = segments.SelectMany(s => s.ContentWords).ToList();
        var present = contentWords.ToHashSet(StringComparer.Ordinal);
        var loose = segments.SelectMany(s => s.LooseWords).ToHashSet(StringComparer.Ordinal);
        foreach (var compound in scatteredCompounds)
        {
            var compoundWords = compound.Term.Split(' ');
            if (!result.Matched.Contains(compound.Term)
                && compoundWords.All(present.Contains)
                && compoundWords.Any(loose.Contains)
                && HoldsEveryRepeat(compoundWords, contentWords)
                && ((compound.Traits & ~result.Traits) | (compound.MayContain & ~result.MayContain))
                    != IngredientTraits.None)
            {
                result.Add(compound.Term, compound.Traits, compound.MayContain, "words in another order");
                result.Sources.UnionWith(compound.Sources);
                result.MaySources.UnionWith(compound.MaySources);
                result.Notes.Add(Describe(
                    $"words of '{compound.Term}' in another order",
                    compound.Traits,
                    compound.MayContain,
                    compound.Note));
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
            Evidence = result.Evidence,
        };
    }

    /// <summary>A compound that repeats a word ("puff puff") is in the name only as often as the name repeats it:
    /// "tofu puffs" holds one "puff".</summary>
    private static bool HoldsEveryRepeat(string[] compoundWords, List<string> contentWords) =>
        compoundWords.Length == compoundWords.Distinct(StringComparer.Ordinal).Count()
        || compoundWords
            .GroupBy(w => w, StringComparer.Ordinal)
            .All(g => contentWords.Count(w => w == g.Key) >= g.Count());

    /// <summary>A segment of qualifiers only qualifies its neighbour: "bread, gluten free" and "pasta (gluten-free)"
    /// the item before it; "(vegan) cheese", where nothing comes before, the item after it.</summary>
    private static void MergeQualifierOnlySegments(List<Segment> segments)
    {
        for (var s = segments.Count - 1; s >= 0; s--)
        {
            var segment = segments[s];
            if (segment.Parts.Any(p => p.Qualifier is null) || segment.Portions.Count > 0 || segments.Count == 1)
            {
                continue;
            }

            var into = s > 0 ? segments[s - 1] : segments[1];
            into.Parts.InsertRange(s > 0 ? into.Parts.Count : 0, segment.Parts);
            into.ContentWords.AddRange(segment.ContentWords);
            into.LooseWords.AddRange(segment.LooseWords);
            into.Pure |= segment.Pure;
            into.Ranges.AddRange(segment.Ranges);

            segments.RemoveAt(s);
        }
    }

    private void Read(Segment segment, Reading result)
    {
        var parts = segment.Parts;
        var based = FindBases(segment);

        // Each qualifier reaches its own head: the next food or unread word after it (and the foods of the same kind
        // right after that), else the one before it. One with no head in its segment ("vegan nuggets") reaches the cut.
        var reach = new Dictionary<int, IngredientTraits>();
        // A maker's range ("Tesco Free From", "Gardein") speaks for every food and cut of its item.
        var range = segment.RangeRemoves;
        var headless = range;
        for (var p = 0; p < parts.Count; p++)
        {
            if (parts[p].Qualifier is not { } qualifier)
            {
                continue;
            }

            var head = HeadOf(parts, p);
            if (head < 0)
            {
                headless |= qualifier.Removes;
                continue;
            }

            reach[head] = reach.GetValueOrDefault(head) | qualifier.Removes;
            for (var next = head + 1; head > p && next < parts.Count && SameKind(parts, based, next - 1, next); next++)
            {
                reach[next] = reach.GetValueOrDefault(next) | qualifier.Removes;
            }
        }

        var traits = IngredientTraits.None;
        var may = IngredientTraits.None;
        var unqualified = IngredientTraits.None;
        for (var p = 0; p < parts.Count; p++)
        {
            var removes = reach.GetValueOrDefault(p) | range;
            if (parts[p].Food is { } food)
            {
                var (t, m) = ReadFood(food, based.GetValueOrDefault(p), removes, segment.Pure, result);
                unqualified |= based.TryGetValue(p, out var b) ? food.Traits & ~b.Head.Replaces : food.Traits;
                traits |= t;
                may |= m;
            }
            else if (parts[p].Unknown is { } word)
            {
                // Stricter only: an unknown word close to a term that carries traits ("chiken", "shrimps", "prawnz").
                result.Unknown.Add(word);
                result.Evidence.Add(
                    new TraitEvidence(word, IngredientTraits.None, IngredientTraits.None, "unknown word"));
                foreach (var target in FuzzyMatches(word))
                {
                    unqualified |= target.Traits;
                    traits |= target.Traits & ~removes;
                    may |= target.MayContain & ~removes;
                    result.Add(
                        word,
                        target.Traits & ~removes,
                        target.MayContain & ~removes,
                        $"looks like '{target.Term}'");
                    result.Sources.Add(target.Term);
                    result.Sources.UnionWith(target.Sources);
                    result.Notes.Add(Describe(
                        $"'{word}' looks like '{target.Term}'",
                        target.Traits,
                        target.MayContain,
                        "spelling variant, treated as that food"));
                }
            }
        }

        var cut = ReadCuts(segment, unqualified, headless, result, ref traits, ref may);
        for (var p = 0; p < parts.Count; p++)
        {
            if (parts[p].Qualifier is not { } qualifier)
            {
                continue;
            }

            var head = HeadOf(parts, p);
            var removed = (head < 0 ? cut : HeadTraits(parts[head])) & qualifier.Removes;
            result.Notes.Add(removed == IngredientTraits.None
                ? $"'{qualifier.Phrase}' ({qualifier.Note})"
                : $"'{qualifier.Phrase}' removes {removed} ({qualifier.Note})");
        }

        foreach (var entry in segment.Ranges)
        {
            result.Notes.Add($"'{entry.Phrase}' range: no {entry.Removes} ({entry.Note})");
        }

        result.Traits |= traits;
        result.MayContain |= may;
    }

    /// <summary>One food of a segment: its traits after a base before it (heads.csv) and the qualifiers that reach
    /// it.</summary>
    private (IngredientTraits Traits, IngredientTraits May) ReadFood(
        FoodEntry food,
        Base? basedOn,
        IngredientTraits removes,
        bool pure,
        Reading result)
    {
        var traits = food.Traits;
        var may = food.MayContain;
        var rule = "food";
        result.Matched.Add(food.Term);
        result.Sources.UnionWith(food.Sources);
        result.MaySources.UnionWith(food.MaySources);
        result.Notes.Add(Describe($"'{food.Term}'", food.Traits, food.MayContain, food.Note));
        var head = heads.GetValueOrDefault(food.Term)
            ?.FirstOrDefault(h => (removes & h.Replaces & (traits | may)) != IngredientTraits.None);
        if (basedOn is { } b)
        {
            // "almond milk", "rice noodles", "vegetable samosa": the base replaces the head's default make-up. A mixed
            // base ("buckwheat" soba) only makes it "may contain", unless the name says the base is all of it.
            var replaced = (traits | may) & b.Head.Replaces;
            var mixed = b.Mixed && !pure;
            traits &= ~b.Head.Replaces;
            may = (may & ~b.Head.Replaces) | b.Head.MayContain | (mixed ? replaced : IngredientTraits.None);
            rule = $"'{b.Food.Term}' before '{food.Term}'";
            result.Notes.Add(Describe(
                $"'{b.Food.Term}' before '{food.Term}' replaces its {replaced}",
                traits,
                may,
                mixed ? $"{b.Head.Note}; often mixed with wheat" : b.Head.Note));
        }
        else if (head is not null)
        {
            // "vegan cheese", "fish-free fish sauce": the qualifier names the head's plant version, which may hold what
            // those often do (nuts, soy).
            var added = head.MayContain & ~removes;
            if ((head.Replaces & IngredientTraits.Dairy) != 0
                && phrases.GetValueOrDefault(DairySubstitute)?.Food is { } substitute)
            {
                // With no base named, a milk-free dairy food may be made of what those usually are (cashew, almond,
                // soy).
                added |= substitute.MayContain & ~removes;
                result.MaySources.UnionWith(substitute.MaySources);
            }

            removes |= head.Replaces & FromAnimals;
            may |= added;
            rule = "plant version";
            result.Notes.Add(Describe(
                $"'{food.Term}' made without {head.Replaces & (food.Traits | food.MayContain)}",
                IngredientTraits.None,
                added,
                head.Note));
        }
        else if ((traits & removes & IngredientTraits.Dairy) != 0
            && phrases.GetValueOrDefault(DairySubstitute)?.Food is { } dairyFree)
        {
            // "vegan parmesan" is no longer milk, but what replaces it (cashew, almond, soy) may matter to an allergy.
            may |= dairyFree.MayContain & ~removes;
            result.MaySources.UnionWith(dairyFree.MaySources);
            rule = "plant version";
            result.Notes.Add(Describe(
                $"'{food.Term}' with no milk is a {dairyFree.Term}",
                dairyFree.Traits,
                dairyFree.MayContain,
                dairyFree.Note));
        }

        traits &= ~removes;
        may &= ~removes;
        result.Add(basedOn is { } bb ? $"{bb.Food.Term} {food.Term}" : food.Term, traits, may, rule);
        return (traits, may);
    }

    /// <summary>A cut with no flesh and no plant base named is that meat or fish ("buffalo wings"), unless a qualifier
    /// says there is no meat in it ("plant-based mince": then a meat substitute when nothing else is named).</summary>
    private IngredientTraits ReadCuts(
        Segment segment,
        IngredientTraits unqualified,
        IngredientTraits headless,
        Reading result,
        ref IngredientTraits traits,
        ref IngredientTraits may)
    {
        var anyRemoves = segment.Parts
            .Where(p => p.Qualifier is not null)
            .Aggregate(segment.RangeRemoves, (all, p) => all | p.Qualifier!.Removes);
        var cut = segment.Portions.Aggregate(IngredientTraits.None, (all, x) => all | x.Traits | x.MayContain);
        foreach (var portion in segment.Portions)
        {
            // What the product holds besides its meat (rusk in sausages, breading on nuggets), whatever it is made of;
            // a qualifier anywhere in the part ("gluten-free pork sausages") speaks for the whole product.
            var other = portion.Traits & ~AnimalFlesh & ~anyRemoves;
            var otherMay = portion.MayContain & ~anyRemoves;
            if ((other | otherMay) != IngredientTraits.None)
            {
                traits |= other;
                may |= otherMay;
                result.Add(portion.Word, other, otherMay, "what it usually holds");
                result.Notes.Add(Describe($"'{portion.Word}' usually holds", other, otherMay, portion.Note));
            }
        }

        var foods = segment.Parts.Where(p => p.Food is not null).Select(p => p.Food!).ToList();
        if (segment.Portions.Count == 0 || (unqualified & AnimalFlesh) != 0 || foods.Any(f => f.IsPlantBase))
        {
            return cut;
        }

        if ((anyRemoves & IngredientTraits.Meat) == 0)
        {
            foreach (var portion in segment.Portions)
            {
                var flesh = portion.Traits & AnimalFlesh & ~headless;
                traits |= flesh;
                result.Add(portion.Word, flesh, IngredientTraits.None, "cut with no plant base named");
                // A cut alone ("steak", "chops") is a reading, not an unknown: its animal traits are certain.
                result.Matched.Add(portion.Word);
                result.Notes.Add(Describe(
                    $"'{portion.Word}' with no plant base named",
                    portion.Traits & AnimalFlesh,
                    IngredientTraits.None,
                    portion.Note));
            }
        }
        else if (foods.Count == 0
            && segment.Parts.All(p => p.Unknown is null)
            && phrases.GetValueOrDefault(MeatSubstitute)?.Food is { } substitute)
        {
            // "plant-based mince": a cut with no meat in it is a meat substitute, which may hold what those often do.
            cut |= substitute.Traits | substitute.MayContain;
            traits |= substitute.Traits & ~headless;
            may |= substitute.MayContain & ~headless;
            result.Matched.Add(substitute.Term);
            result.Add(
                segment.Portions[0].Word,
                substitute.Traits & ~headless,
                substitute.MayContain & ~headless,
                "cut with no meat: a meat substitute");
            result.Notes.Add(Describe(
                $"'{segment.Portions[0].Word}' with no meat is a {substitute.Term}",
                substitute.Traits,
                substitute.MayContain,
                substitute.Note));
        }

        return cut;
    }

    /// <summary>Heads with a base right before them in the segment (nothing but descriptors between): part index →
    /// base.</summary>
    private Dictionary<int, Base> FindBases(Segment segment)
    {
        var based = new Dictionary<int, Base>();
        for (var p = 1; p < segment.Parts.Count; p++)
        {
            if (segment.Parts[p].Food is not { } food
                || !heads.TryGetValue(food.Term, out var rows)
                || segment.Parts[p - 1].Food is not { } baseFood)
            {
                continue;
            }

            if (rows.FirstOrDefault(h => baseFood.Flags.Overlaps(h.Accepts)) is { } head)
            {
                based[p] = new Base(baseFood, head, Mixed: false);
            }
            else if (rows.FirstOrDefault(h => h.Accepts.Contains(Starch)) is { } starchy
                && baseFood.Flags.Contains(MixedStarch))
            {
                based[p] = new Base(baseFood, starchy, Mixed: true);
            }
        }

        // "vermicelli rice noodles", "rice spaghetti pasta": a head of the same kind right before the base or right
        // after the based head names the same product.
        for (var p = segment.Parts.Count - 1; p >= 0; p--)
        {
            if (segment.Parts[p].Food is not { } food
                || based.ContainsKey(p)
                || !heads.TryGetValue(food.Term, out var rows))
            {
                continue;
            }

            var shared = based.TryGetValue(p + 2, out var after)
                && ReferenceEquals(after.Food, segment.Parts[p + 1].Food) ? after
                : based.TryGetValue(p - 1, out var before) ? before
                : null;
            if (shared is not null && rows.FirstOrDefault(h => h.Accepts.Overlaps(shared.Head.Accepts)) is { } same)
            {
                based[p] = shared with { Head = same };
            }
        }

        return based;
    }

    /// <summary>True when the food at <paramref name="next"/> is of the kind of the one before it, so a qualifier
    /// reaching that one reaches it too: the base and its head ("vegan almond cheese"), or a food whose traits the one
    /// before already has ("GF pasta penne").</summary>
    private static bool SameKind(List<Part> parts, Dictionary<int, Base> based, int previous, int next)
    {
        if (parts[previous].Food is not { } before || parts[next].Food is not { } after)
        {
            return false;
        }

        var kind = after.Traits | after.MayContain;
        return based.ContainsKey(next)
            || (kind != IngredientTraits.None
                && (kind & ~(before.Traits | before.MayContain)) == IngredientTraits.None);
    }

    /// <summary>The part a qualifier at <paramref name="at"/> reaches: the next food or unread word, else the one
    /// before; -1 if none.</summary>
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
            // A word that starts or ends with a term that carries traits ("cheeseburger", "chickenwings") counts too.
            // (An unread word is never the term itself, and every target has four letters or more.)
            var embedded = word.StartsWith(target.Term, StringComparison.Ordinal)
                || word.EndsWith(target.Term, StringComparison.Ordinal);
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

    private sealed record Phrase(PhraseKind Kind, FoodEntry? Food, QualifierEntry? Qualifier, PortionEntry? Portion)
    {
        public string? NoiseKind { get; init; }
    }

    /// <summary>A food, a qualifier or an unread word of a segment, in name order (cuts and noise are not
    /// heads).</summary>
    private sealed record Part(FoodEntry? Food, QualifierEntry? Qualifier, string? Unknown);

    /// <summary>A head's base: the food before it, and whether that base is usually mixed with what it
    /// replaces.</summary>
    private sealed record Base(FoodEntry Food, HeadEntry Head, bool Mixed);

    private sealed class Segment
    {
        public List<PortionEntry> Portions { get; } = [];

        public List<Part> Parts { get; } = [];

        /// <summary>Words of foods, cuts, descriptors and unread words: every word but the qualifiers'.</summary>
        public List<string> ContentWords { get; } = [];

        /// <summary>Content words no food term took: cuts, descriptors and unread words.</summary>
        public List<string> LooseWords { get; } = [];

        /// <summary>"100 %" or "pure" is in the segment: a mixed base is the whole product.</summary>
        public bool Pure { get; set; }

        /// <summary>The makers' ranges named in the segment (ranges.csv).</summary>
        public List<QualifierEntry> Ranges { get; } = [];

        public IngredientTraits RangeRemoves =>
            Ranges.Aggregate(IngredientTraits.None, (all, r) => all | r.Removes);
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

        public List<TraitEvidence> Evidence { get; } = [];

        public void Add(string words, IngredientTraits traits, IngredientTraits may, string rule)
        {
            Traits |= traits;
            MayContain |= may;
            Evidence.Add(new TraitEvidence(words, traits, may, rule));
        }
    }
}
