using System.Runtime.CompilerServices;
using PantryPilot.Domain.Text;

namespace PantryPilot.Domain.Ontology;

/// <summary>
/// Reads a dietary profile (a household's, or a request's) the way the guard will apply it, and refuses what it cannot
/// read rather than matching it as a literal word. Constraints are names or synonyms from <c>Data/constraints.csv</c>.
/// Allergies are free text: allergen groups (<c>Data/allergens.csv</c>) become traits, other food words single foods,
/// words that only say "allergy" are dropped. A word that is none of these is read as the one word it is a letter or
/// two away from when exactly one is nearest ("penuts" → peanut, "vegeterian" → vegetarian), and that is reported;
/// otherwise it is an error naming the word and the nearest allergen groups or constraint names.
/// </summary>
public static class DietProfileReader
{
    private const string ConstraintsField = "constraints";
    private const string AllergiesField = "allergies";
    private const int SuggestionCount = 3;

    // Words that say "allergy" rather than name a food: "I am allergic to peanuts", "severe shellfish allergy". Names
    // are read with plurals folded ("contains" → contain, "anaphylaxis" → anaphylaxi), so each word is kept in both
    // forms (a plural listed here brings its singular: "allergies" covers "allergy");
    // "m", "ve", "don", "t" are what "I'm", "I've", "don't", "can't" leave. ("and", "or", "nor" split a list instead.)
    private static readonly HashSet<string> Filler = new[]
    {
        "allergie", "allergies", "allergic", "allergen", "to", "intolerance", "intolerant", "sensitivity", "sensitive",
        "no", "free", "disease", "avoids", "i", "im", "m", "ve", "am", "have", "has", "a", "an", "severe", "mild",
        "anaphylaxis", "anaphylactic", "reaction", "all", "any", "kinds", "of", "products", "foods",
        "containing", "contains", "with", "please", "strict", "strictly", "my", "me", "is", "are", "not", "cannot",
        "can", "t", "don", "dont", "doesn", "doesnt", "eat", "derived", "derivatives", "types", "dietary", "diet",
        "requirement", "syndrome", "condition",
    }.SelectMany(w => new[] { w, IngredientOntology.Singular(w) }).ToHashSet(StringComparer.Ordinal);

    private static readonly ConditionalWeakTable<OntologyData, Lexicon> Lexicons = [];

    /// <summary>Reads every entry, collecting every correction and every error (none is skipped). The request is set
    /// only when there is no error.</summary>
    public static DietProfileReading Read(
        IEnumerable<string?>? constraints,
        IEnumerable<string?>? allergies,
        OntologyData? data = null)
    {
        data ??= OntologyData.Default;
        var lexicon = Lexicons.GetValue(data, d => new Lexicon(d));
        var notes = new List<DietProfileNote>();
        var errors = new List<DietProfileError>();
        var parsed = new List<DietaryConstraint>();
        var index = 0;
        foreach (var text in constraints ?? [])
        {
            if (ReadConstraint(text, index, data, notes, errors) is { } constraint && !parsed.Contains(constraint))
            {
                parsed.Add(constraint);
            }

            index++;
        }

        var read = new List<Allergy>();
        index = 0;
        foreach (var text in allergies ?? [])
        {
            read.AddRange(
                ReadAllergy(text, index, lexicon, notes, errors).Where(a => !read.Any(p => p.Text == a.Text)));
            index++;
        }

        var request = errors.Count == 0
            ? new DietaryRequest(parsed, read) { Corrections = notes.Select(n => n.ToString()).ToList() }
            : null;
        return new DietProfileReading(request, notes, errors);
    }

    /// <summary>How many edits a misspelling of a word this long may have and still be corrected: none under four
    /// letters (too many words are that close), one up to seven, two from eight.</summary>
    public static int TypoLimit(int length) => length >= 8 ? 2 : length >= 4 ? 1 : 0;

    private static DietaryConstraint? ReadConstraint(
        string? text,
        int index,
        OntologyData data,
        List<DietProfileNote> notes,
        List<DietProfileError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new DietProfileError(ConstraintsField, index, text, "empty constraint name", []));
            return null;
        }

        if (data.TryParseConstraint(text, out var constraint))
        {
            return constraint;
        }

        var key = OntologyData.ConstraintKey(text);
        var nearest = Nearest(key, data.ConstraintSynonyms.Keys, TypoLimit(key.Length));
        var meant = nearest.Select(k => data.ConstraintSynonyms[k]).Distinct().ToList();
        if (meant.Count == 1)
        {
            notes.Add(new DietProfileNote(ConstraintsField, index, text.Trim(), meant[0].Tag()));
            return meant[0];
        }

        var suggestions = Ranked(key, data.ConstraintSynonyms.Keys)
            .Select(k => data.ConstraintSynonyms[k].Tag())
            .Distinct()
            .Take(SuggestionCount)
            .ToList();
        errors.Add(new DietProfileError(
            ConstraintsField,
            index,
            text,
            $"'{text}' is not a supported dietary constraint (supported: {DietaryConstraints.SupportedTags}; "
            + "synonyms such as 'dairy free', 'non-dairy', 'plant-based' work too); "
            + $"nearest: {string.Join(", ", suggestions)}",
            suggestions));
        return null;
    }

    private static List<Allergy> ReadAllergy(
        string? text,
        int index,
        Lexicon lexicon,
        List<DietProfileNote> notes,
        List<DietProfileError> errors)
    {
        var result = new List<Allergy>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new DietProfileError(AllergiesField, index, text, "empty allergy", []));
            return result;
        }

        var before = errors.Count;
        var part = new List<string>();
        foreach (var word in lexicon.Ontology.Words(text, splitJoined: false))
        {
            if (word is NameNormalizer.Separator or "and" or "or" or "nor")
            {
                ReadPart(part, text, index, lexicon, notes, errors, result);
                part.Clear();
            }
            else
            {
                part.Add(word);
            }
        }

        ReadPart(part, text, index, lexicon, notes, errors, result);
        if (errors.Count == before && result.Count == 0)
        {
            errors.Add(new DietProfileError(
                AllergiesField,
                index,
                text,
                $"'{text}' names no food or allergen group",
                lexicon.GroupPhrases.Take(SuggestionCount).ToList()));
        }

        return result;
    }

    /// <summary>One item of an allergy list: its allergen groups (longest phrase first) and the single food the other
    /// food words name. Words the tables know that are no food ("fresh", "raw") are dropped; unknown words corrected or
    /// refused.</summary>
    private static void ReadPart(
        List<string> part,
        string text,
        int index,
        Lexicon lexicon,
        List<DietProfileNote> notes,
        List<DietProfileError> errors,
        List<Allergy> result)
    {
        var words = new List<string>();
        foreach (var word in part.Where(w => !Filler.Contains(w)))
        {
            if (lexicon.GroupWords.Contains(word) || lexicon.Ontology.IsFoodWord(word))
            {
                words.Add(word);
            }
            else if (!lexicon.Ontology.IsKnownWord(word))
            {
                var nearest = Nearest(word, lexicon.Candidates, TypoLimit(word.Length));
                if (nearest.Count == 1)
                {
                    notes.Add(new DietProfileNote(
                        AllergiesField,
                        index,
                        AsWritten(word, text, lexicon.Ontology),
                        nearest[0]));
                    words.Add(nearest[0]);
                    continue;
                }

                var suggestions = (nearest.Count > 1 ? nearest : Ranked(word, lexicon.GroupPhrases))
                    .Take(SuggestionCount)
                    .ToList();
                var what = nearest.Count > 1 ? "it is as near to" : "nearest allergen groups:";
                errors.Add(new DietProfileError(
                    AllergiesField,
                    index,
                    text,
                    $"'{word}' in '{text}' is not a food or allergen group the guard knows "
                    + $"({what} {string.Join(", ", suggestions)})",
                    suggestions));
            }
        }

        var traits = IngredientTraits.None;
        var single = new List<string>();
        var i = 0;
        while (i < words.Count)
        {
            var matched = 0;
            // Stryker disable once Linq,Equality : Take() never reads past the end, and no group phrase is empty.
            for (var length = Math.Min(lexicon.Longest, words.Count - i); length > 0 && matched == 0; length--)
            {
                if (lexicon.Groups.TryGetValue(string.Join(' ', words.Skip(i).Take(length)), out var group))
                {
                    traits |= group.Traits;
                    matched = length;
                }
            }

            if (matched == 0)
            {
                single.Add(words[i]);
                matched = 1;
            }

            i += matched;
        }

        if (traits != IngredientTraits.None || single.Count > 0)
        {
            result.Add(new Allergy(
                string.Join(' ', words),
                traits,
                single.Count > 0 ? [string.Join(' ', single)] : []));
        }
    }

    /// <summary>The token of <paramref name="text"/> that reads as <paramref name="word"/> ("penuts" for penut), else
    /// the word.</summary>
    private static string AsWritten(string word, string text, IngredientOntology ontology) =>
        NameNormalizer.Tokens(text)
            .FirstOrDefault(t => ontology.Words(t, splitJoined: false) is [var only] && only == word)
        ?? word;

    /// <summary>The candidates at the smallest distance from <paramref name="word"/>, if within the limit.</summary>
    private static List<string> Nearest(string word, IEnumerable<string> candidates, int limit)
    {
        var best = limit + 1;
        var nearest = new List<string>();
        foreach (var candidate in candidates)
        {
            var distance = EditDistance.OptimalStringAlignment(word, candidate, limit);
            if (distance < best)
            {
                best = distance;
                nearest.Clear();
            }

            if (distance == best && distance <= limit && !nearest.Contains(candidate))
            {
                nearest.Add(candidate);
            }
        }

        return nearest;
    }

    /// <summary>Every candidate, nearest first (ties in table order), for suggestions.</summary>
    private static IEnumerable<string> Ranked(string word, IEnumerable<string> candidates) =>
        candidates.Select((c, order) =>
                (c, order, Distance: EditDistance.OptimalStringAlignment(word, c, Math.Max(word.Length, c.Length))))
            .OrderBy(x => x.Distance).ThenBy(x => x.order).Select(x => x.c).Distinct();

    /// <summary>The allergen tables of one <see cref="OntologyData"/>, read once.</summary>
    private sealed class Lexicon
    {
        public Lexicon(OntologyData data)
        {
            // Stryker disable once Conditional : a fresh ontology over the shipped data reads the same; this only saves
            // the build.
            Ontology = ReferenceEquals(data, OntologyData.Default)
                ? IngredientOntology.Default
                : new IngredientOntology(data);
            foreach (var entry in data.Allergens)
            {
                var words = string.Join(' ', Ontology.Words(entry.Phrase, splitJoined: false));
                Groups[words] = entry;
                GroupPhrases.Add(words);
                GroupWords.UnionWith(words.Split(' '));
            }

            // Stryker disable once Equality : a longer bound only tries lengths that cannot match.
            Longest = Groups.Count == 0 ? 0 : Groups.Keys.Max(k => k.Count(c => c == ' ') + 1);
            Candidates = GroupWords.Concat(Ontology.FoodWords.Where(w => w.Length >= 4)).Where(w => !Filler.Contains(w))
                .Distinct(StringComparer.Ordinal).ToList();
        }

        public IngredientOntology Ontology { get; }

        public Dictionary<string, AllergenEntry> Groups { get; } = new(StringComparer.Ordinal);

        public List<string> GroupPhrases { get; } = [];

        public HashSet<string> GroupWords { get; } = new(StringComparer.Ordinal);

        public int Longest { get; }

        /// <summary>Words a misspelling may be read as: allergen group words and food words.</summary>
        public List<string> Candidates { get; }
    }
}
