namespace PantryPilot.Domain.Ontology;

/// <summary>A request's constraint or allergy that cannot be read; <see cref="Field"/> and <see cref="Value"/> say which.</summary>
public sealed class DietaryRequestException : FormatException
{
    public DietaryRequestException()
    {
    }

    public DietaryRequestException(string message)
        : base(message)
    {
    }

    public DietaryRequestException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DietaryRequestException(string field, int index, string? value, string message)
        : base($"{field}[{index}]: {message}")
    {
        Field = field;
        Index = index;
        Value = value;
    }

    /// <summary>"constraints" or "allergies".</summary>
    public string Field { get; } = string.Empty;

    public int Index { get; }

    public string? Value { get; }
}

/// <summary>One allergy as written ("allergic to peanuts", "shellfish", "kiwi") and what it forbids.</summary>
/// <param name="Text">What it names, normalised, without the words that only say "allergy" ("allergic to peanuts" → "peanut").</param>
/// <param name="Traits">Allergen groups it forbids (EU 14 / FDA 9 and derived foods), from <c>Data/allergens.csv</c>.</param>
/// <param name="Foods">Single foods it forbids when the text names no group ("pork", "kiwi"), in normalised words.</param>
public sealed record Allergy(string Text, IngredientTraits Traits, IReadOnlyList<string> Foods)
{
    /// <summary>The label used in reports and CSV: "allergy:peanut".</summary>
    public string Label => "allergy:" + Text;
}

/// <summary>
/// The typed dietary side of a request: constraints (names and synonyms from <c>Data/constraints.csv</c>) and allergies
/// read from free text. <see cref="Parse"/> never drops what it cannot read: an unknown constraint name is an error.
/// </summary>
public sealed record DietaryRequest(IReadOnlyList<DietaryConstraint> Constraints, IReadOnlyList<Allergy> Allergies)
{
    // Words that say "allergy" rather than name a food: "I am allergic to peanuts", "severe shellfish allergy". Names are
    // read with plurals folded ("contains" → contain, "anaphylaxis" → anaphylaxi), so each word is kept in both forms
    // (a plural listed here brings its singular: "allergies" covers "allergy");
    // "m", "ve", "don", "t" are what "I'm", "I've", "don't", "can't" leave. ("and", "or", "nor" split a list instead.)
    private static readonly HashSet<string> Filler = new[]
    {
        "allergie", "allergies", "allergic", "allergen", "to", "intolerance", "intolerant", "sensitivity", "sensitive",
        "no", "free", "disease", "avoids", "i", "im", "m", "ve", "am", "have", "has", "a", "an", "severe", "mild",
        "anaphylaxis", "anaphylactic", "reaction", "all", "any", "kinds", "of", "products", "foods",
        "containing", "contains", "with", "please", "strict", "strictly", "my", "me", "is", "are", "not", "cannot", "can",
        "t", "don", "dont", "doesn", "doesnt", "eat", "derived", "derivatives", "types", "dietary", "diet",
        "requirement",
    }.SelectMany(w => new[] { w, IngredientOntology.Singular(w) }).ToHashSet(StringComparer.Ordinal);

    public static DietaryRequest None { get; } = new([], []);

    /// <summary>True when nothing is constrained.</summary>
    public bool IsEmpty => Constraints.Count == 0 && Allergies.Count == 0;

    /// <summary>Every trait any constraint or allergy forbids.</summary>
    public IngredientTraits ForbiddenTraits =>
        Constraints.Aggregate(IngredientTraits.None, (all, c) => all | DietaryConstraints.Forbidden(c))
        | Allergies.Aggregate(IngredientTraits.None, (all, a) => all | a.Traits);

    /// <summary>Reads constraint names (with synonyms) and free-text allergies. Throws <see cref="DietaryRequestException"/>
    /// naming the field and index for an unknown constraint, a null or blank entry, or an allergy that names no food.</summary>
    public static DietaryRequest Parse(IEnumerable<string?>? constraints, IEnumerable<string?>? allergies, OntologyData? data = null)
    {
        data ??= OntologyData.Default;
        var parsed = new List<DietaryConstraint>();
        var index = 0;
        foreach (var text in constraints ?? [])
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new DietaryRequestException("constraints", index, text, "empty constraint name");
            }

            if (!data.TryParseConstraint(text, out var constraint))
            {
                throw new DietaryRequestException("constraints", index, text, $"'{text}' is not a supported dietary constraint (supported: {DietaryConstraints.SupportedTags}; synonyms such as 'dairy free', 'non-dairy', 'plant-based' work too)");
            }

            if (!parsed.Contains(constraint))
            {
                parsed.Add(constraint);
            }

            index++;
        }

        var parsedAllergies = new List<Allergy>();
        index = 0;
        foreach (var text in allergies ?? [])
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new DietaryRequestException("allergies", index, text, "empty allergy");
            }

            var read = ParseAllergy(text, data);
            parsedAllergies.AddRange(read.Where(a => !parsedAllergies.Any(p => p.Text == a.Text)));
            if (read.Count == 0)
            {
                throw new DietaryRequestException("allergies", index, text, $"'{text}' names no food or allergen group");
            }

            index++;
        }

        return new DietaryRequest(parsed, parsedAllergies);
    }

    /// <summary>Reads one free-text allergy, which may list several ("peanuts, shellfish and eggs"). Group names
    /// ("tree nuts", "cow's milk", "celiac", "lactose intolerant") become traits; anything else is a single food.</summary>
    public static IReadOnlyList<Allergy> ParseAllergy(string text, OntologyData? data = null)
    {
        // Stryker disable once Statement : Words() throws the same ArgumentNullException for "text".
        ArgumentNullException.ThrowIfNull(text);
        data ??= OntologyData.Default;

        // Stryker disable once Conditional : a fresh ontology over the shipped data reads the same; this only saves the build.
        var ontology = ReferenceEquals(data, OntologyData.Default) ? IngredientOntology.Default : new IngredientOntology(data);
        var groups = new Dictionary<string, AllergenEntry>(StringComparer.Ordinal);
        foreach (var entry in data.Allergens)
        {
            groups[string.Join(' ', ontology.Words(entry.Phrase))] = entry;
        }

        // Stryker disable once Equality : a longer bound only tries lengths that cannot match.
        var longest = groups.Keys.Max(k => k.Count(c => c == ' ') + 1);

        var result = new List<Allergy>();
        var part = new List<string>();
        void Flush()
        {
            var words = part.Where(w => !Filler.Contains(w)).ToList();
            part.Clear();
            var traits = IngredientTraits.None;
            var foods = new List<string>();
            var i = 0;
            var single = new List<string>();
            while (i < words.Count)
            {
                var matched = 0;
                // Stryker disable once Linq,Equality : Take() never reads past the end, and no group phrase is empty.
                for (var length = Math.Min(longest, words.Count - i); length > 0 && matched == 0; length--)
                {
                    if (groups.TryGetValue(string.Join(' ', words.Skip(i).Take(length)), out var group))
                    {
                        traits |= group.Traits;
                        matched = length;
                    }
                }

                if (matched > 0)
                {
                    i += matched;
                    continue;
                }

                single.Add(words[i]);
                i++;
            }

            if (single.Count > 0)
            {
                foods.Add(string.Join(' ', single));
            }

            if (traits != IngredientTraits.None || foods.Count > 0)
            {
                result.Add(new Allergy(string.Join(' ', words), traits, foods));
            }
        }

        foreach (var word in ontology.Words(text))
        {
            if (word is NameNormalizer.Separator or "and" or "or" or "nor")
            {
                Flush();
            }
            else
            {
                part.Add(word);
            }
        }

        Flush();
        return result;
    }

    /// <summary>The tags for reports: constraint tags, then "allergy:..." labels.</summary>
    public IReadOnlyList<string> Tags => [.. Constraints.Select(c => c.Tag()), .. Allergies.Select(a => a.Label)];
}
