namespace PantryPilot.Domain.Ontology;

/// <summary>
/// The reviewable data of the ontology, read from the CSV files in <c>Ontology/Data/</c> (embedded in the assembly).
/// Every file has a header line; lines starting with '#' are comments saying where each block of facts comes from.
/// </summary>
public sealed class OntologyData
{
    /// <summary>The flags a food row may carry: what kind of head it can be the base of.</summary>
    public static IReadOnlyList<string> KnownFlags { get; } =
        ["base", "mock", "milk", "broth", "filling", "gf", "gf-mixed", "dairy-alt"];

    private static readonly Lazy<OntologyData> Shipped = new(() => Load(ReadEmbedded));
    private readonly Dictionary<string, DietaryConstraint> constraintSynonyms;

    private OntologyData(
        IReadOnlyList<FoodEntry> foods,
        IReadOnlyList<HeadEntry> heads,
        IReadOnlyList<QualifierEntry> qualifiers,
        IReadOnlyList<QualifierEntry> ranges,
        IReadOnlyList<PortionEntry> portions,
        IReadOnlyDictionary<string, string> noise,
        IReadOnlyDictionary<string, string> abbreviations,
        IReadOnlyList<AllergenEntry> allergens,
        Dictionary<string, DietaryConstraint> constraintSynonyms)
    {
        Foods = foods;
        Heads = heads;
        Qualifiers = qualifiers;
        Ranges = ranges;
        Portions = portions;
        Noise = noise;
        Abbreviations = abbreviations;
        Allergens = allergens;
        this.constraintSynonyms = constraintSynonyms;
    }

    public static OntologyData Default => Shipped.Value;

    /// <summary>The data files, by name, as shipped.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        ["foods.csv", "kitchens.csv", "dishes.csv", "brands.csv", "heads.csv", "qualifiers.csv", "ranges.csv",
            "portions.csv", "noise.csv", "abbreviations.csv", "allergens.csv", "constraints.csv"];

    /// <summary>The files of food rows, all in the foods.csv layout; a term may be listed in only one of
    /// them.</summary>
    public static IReadOnlyList<string> FoodFileNames { get; } =
        ["foods.csv", "kitchens.csv", "dishes.csv", "brands.csv"];

    public IReadOnlyList<FoodEntry> Foods { get; }

    /// <summary>Heads whose default (animal, wheat) a named base replaces ("almond milk", "rice noodles"), from
    /// heads.csv.</summary>
    public IReadOnlyList<HeadEntry> Heads { get; }

    public IReadOnlyList<QualifierEntry> Qualifiers { get; }

    /// <summary>Makers and shop ranges whose every product is free of what they remove (Tesco Free From: gluten;
    /// Gardein: animal products), from ranges.csv: they reach every food and cut of their item, not one head.</summary>
    public IReadOnlyList<QualifierEntry> Ranges { get; }

    public IReadOnlyList<PortionEntry> Portions { get; }

    /// <summary>Words and phrases that never change what a food is (descriptors, brands, packaging), with their
    /// kind.</summary>
    public IReadOnlyDictionary<string, string> Noise { get; }

    /// <summary>Receipt abbreviations and their expansion ("chkn" → "chicken").</summary>
    public IReadOnlyDictionary<string, string> Abbreviations { get; }

    public IReadOnlyList<AllergenEntry> Allergens { get; }

    public IReadOnlyDictionary<string, DietaryConstraint> ConstraintSynonyms => constraintSynonyms;

    /// <summary>Loads the data files through <paramref name="read"/> (file name → text); errors name the file and
    /// line.</summary>
    public static OntologyData Load(Func<string, string> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var foods = FoodFileNames.SelectMany(file => Rows(read, file, 6)).Select(r =>
        {
            var flags = Flags(r, 4);
            return new FoodEntry(
                Phrase(r, 0),
                WithGrain(Traits(r, 1, required: true)),
                WithGrain(Traits(r, 2, required: false)),
                Words(r.Cells[3]).Where(w => !w.StartsWith('?')).ToList(),
                Words(r.Cells[3]).Where(w => w.StartsWith('?')).Select(w => w[1..]).ToList(),
                flags.Contains("base"),
                r.Cells[5],
                r.Line)
            {
                Flags = flags,
                File = r.File,
            };
        }).ToList();
        var heads = Rows(read, "heads.csv", 5).Select(r => new HeadEntry(
            Phrase(r, 0),
            Flags(r, 1),
            Traits(r, 2, required: true),
            Traits(r, 3, required: false),
            r.Cells[4],
            r.Line)).ToList();
        var qualifiers = Rows(read, "qualifiers.csv", 3)
            .Select(r => new QualifierEntry(Phrase(r, 0), Traits(r, 1, required: true), r.Cells[2]))
            .ToList();
        var ranges = Rows(read, "ranges.csv", 3)
            .Select(r => new QualifierEntry(Phrase(r, 0), Traits(r, 1, required: true), r.Cells[2]))
            .ToList();
        var portions = Rows(read, "portions.csv", 4)
            .Select(r => new PortionEntry(Phrase(r, 0), WithGrain(Traits(r, 1, required: true)), r.Cells[3])
            {
                MayContain = WithGrain(Traits(r, 2, required: false)),
            })
            .ToList();
        var noise = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in Rows(read, "noise.csv", 2))
        {
            noise[Phrase(r, 0)] = r.Cells[1].Trim();
        }

        var abbreviations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in Rows(read, "abbreviations.csv", 2))
        {
            abbreviations[Phrase(r, 0)] = Phrase(r, 1);
        }

        var allergens = Rows(read, "allergens.csv", 3)
            .Select(r => new AllergenEntry(Phrase(r, 0), Traits(r, 1, required: true), r.Cells[2]))
            .ToList();
        var synonyms = new Dictionary<string, DietaryConstraint>(StringComparer.Ordinal);
        foreach (var r in Rows(read, "constraints.csv", 2))
        {
            var tag = r.Cells[1].Trim();
            var constraint = Enum.GetValues<DietaryConstraint>()
                    .Where(c => c.Tag() == tag)
                    .Select(c => (DietaryConstraint?)c)
                    .FirstOrDefault()
                ?? throw new FormatException(
                    $"{r.File} line {r.Line} field constraint: '{tag}' is not one of "
                    + $"{DietaryConstraints.SupportedTags}");
            synonyms[ConstraintKey(r.Cells[0])] = constraint;
        }

        foreach (var constraint in Enum.GetValues<DietaryConstraint>())
        {
            synonyms.TryAdd(ConstraintKey(constraint.Tag()), constraint);
        }

        return new OntologyData(foods, heads, qualifiers, ranges, portions, noise, abbreviations, allergens, synonyms);
    }

    /// <summary>Reads the shipped file <paramref name="fileName"/> from the assembly's embedded resources.</summary>
    public static string ReadEmbedded(string fileName)
    {
        var assembly = typeof(OntologyData).Assembly;
        var resource = assembly.GetManifestResourceNames()
                .SingleOrDefault(n => n.EndsWith(".Ontology.Data." + fileName, StringComparison.Ordinal))
            ?? throw new FileNotFoundException(
                $"ontology data file '{fileName}' is not embedded in {assembly.GetName().Name}");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public bool TryParseConstraint(string? text, out DietaryConstraint constraint)
    {
        constraint = default;
        return text is not null && constraintSynonyms.TryGetValue(ConstraintKey(text), out constraint);
    }

    /// <summary>"GLUTEN_FREE", "Gluten-free", "gluten free" → "glutenfree".</summary>
    public static string ConstraintKey(string text) =>
        string.Concat(NameNormalizer.Fold(text).Where(char.IsLetterOrDigit));

    private sealed record Row(string File, int Line, string[] Cells);

    private static IEnumerable<Row> Rows(Func<string, string> read, string file, int columns)
    {
        var text = read(file);
        var lineNumber = 0;
        var headerSeen = false;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            // The last column is free text and may hold commas.
            var cells = line.Split(',', columns);
            if (cells.Length < columns - 1)
            {
                throw new FormatException(
                    $"{file} line {lineNumber}: expected {columns} columns, got {cells.Length}: '{line}'");
            }

            // Stryker disable once Equality : one empty cell too many is never read.
            if (cells.Length < columns)
            {
                cells = [.. cells, string.Empty];
            }

            yield return new Row(file, lineNumber, cells);
        }

        if (!headerSeen)
        {
            throw new FormatException($"{file}: empty (no header line)");
        }
    }

    private static string Phrase(Row row, int column)
    {
        // "&" in a table phrase is "and", as in a name the ontology reads ("m&m" is "m and m").
        var cell = row.Cells[column].Replace("&", " and ", StringComparison.Ordinal);
        var phrase = string.Join(' ', NameNormalizer.Tokens(cell));
        return phrase.Length > 0
            ? phrase
            : throw new FormatException($"{row.File} line {row.Line} column {column + 1}: empty term");
    }

    private static HashSet<string> Flags(Row row, int column)
    {
        var flags = new HashSet<string>(Words(row.Cells[column]), StringComparer.Ordinal);
        foreach (var flag in flags.Where(f => !KnownFlags.Contains(f)))
        {
            throw new FormatException(
                $"{row.File} line {row.Line} column {column + 1}: unknown flag '{flag}' "
                + $"(expected {string.Join(", ", KnownFlags)} or empty)");
        }

        return flags;
    }

    /// <summary>Every cereal that holds gluten is a grain: paleo and keto need not rely on each row saying
    /// so.</summary>
    private static IngredientTraits WithGrain(IngredientTraits traits) =>
        (traits & IngredientTraits.Gluten) != 0 ? traits | IngredientTraits.Grain : traits;

    private static IEnumerable<string> Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IngredientTraits Traits(Row row, int column, bool required)
    {
        var text = row.Cells[column].Trim();
        if (text.Length == 0)
        {
            return required
                ? throw new FormatException(
                    $"{row.File} line {row.Line} column {column + 1}: traits missing (write 'none')")
                : IngredientTraits.None;
        }

        var traits = IngredientTraits.None;
        foreach (var token in Words(text))
        {
            if (token == "none")
            {
                continue;
            }

            if (!Enum.TryParse<IngredientTraits>(token, ignoreCase: false, out var trait) || !Enum.IsDefined(trait))
            {
                throw new FormatException($"{row.File} line {row.Line} column {column + 1}: unknown trait '{token}'");
            }

            traits |= trait;
        }

        return traits;
    }
}
