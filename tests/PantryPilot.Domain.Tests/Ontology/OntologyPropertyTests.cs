using CsCheck;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>
/// Property tests over generated names. The bases and what they break are written here from food knowledge, not read
/// from the ontology: any decoration of a forbidden base stays forbidden; a negating qualifier on a base forbidden only
/// for that reason lifts exactly that reason.
/// </summary>
public class OntologyPropertyTests
{
    // (base name, constraint it certainly breaks)
    private static readonly (string Name, string Constraint)[] ForbiddenBases =
    [
        ("chicken", "vegetarian"), ("beef", "pescatarian"), ("pork", "vegetarian"), ("bacon", "vegetarian"), ("ham", "vegan"),
        ("salmon", "vegetarian"), ("tuna", "vegan"), ("anchovies", "vegetarian"), ("shrimp", "shellfish-free"), ("prawns", "shellfish-free"),
        ("crab", "shellfish-free"), ("mussels", "shellfish-free"), ("butter", "dairy-free"), ("cheddar", "dairy-free"), ("milk", "vegan"),
        ("cream cheese", "dairy-free"), ("eggs", "egg-free"), ("mayonnaise", "egg-free"), ("egg noodles", "gluten-free"),
        ("soy sauce", "gluten-free"), ("wheat flour", "gluten-free"), ("couscous", "gluten-free"), ("barley", "gluten-free"),
        ("almonds", "nut-free"), ("cashews", "nut-free"), ("peanuts", "nut-free"), ("peanut butter", "nut-free"), ("walnuts", "nut-free"),
        ("honey", "vegan"), ("gelatin", "vegetarian"), ("chicken stock", "vegetarian"), ("fish sauce", "vegan"), ("oyster sauce", "vegetarian"),
        ("lard", "pescatarian"), ("chorizo", "vegetarian"), ("turkey", "vegetarian"), ("lamb", "vegetarian"), ("cod", "vegan"),
        ("lobster", "shellfish-free"), ("scallops", "shellfish-free"), ("yogurt", "dairy-free"), ("ghee", "vegan"), ("pasta", "gluten-free"),
    ];

    // Words that describe without changing what a food is (no negation, no plant base, no compound partner).
    private static readonly string[] Decorations =
    [
        "organic", "smoked", "frozen", "fresh", "diced", "sliced", "spicy", "roasted", "tesco", "kirkland", "acme", "premium",
        "2 lbs", "500g", "1.5 kg", "12ct", "x2", "2 x 400g", "family pack", "(80/20)", "bbq", "cajun", "garlic", "lemon pepper",
        "hot", "crispy", "extra large", "value", "british", "thai", "zesty", "mild", "marinated", "grilled", "free range",
    ];

    private static DietaryPolicy Policy(string constraint) => DietaryPolicy.Parse([constraint], []);

    private static readonly Gen<string> Decoration = Gen.OneOf(Decorations);

    /// <summary>A forbidden base with 0-3 decorations before and 0-2 after, random case, optional plural punctuation.</summary>
    private static readonly Gen<(string Name, string Constraint)> DecoratedForbidden =
        Gen.Select(Gen.OneOf(ForbiddenBases), Decoration.Array[0, 3], Decoration.Array[0, 2], Gen.Int[0, 2])
            .Select(x =>
            {
                var name = string.Join(' ', x.Item2.Append(x.Item1.Name).Concat(x.Item3));
                name = x.Item4 switch
                {
                    0 => name.ToUpperInvariant(),
                    1 => name,
                    _ => System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name),
                };
                return (name, x.Item1.Constraint);
            });

    [Fact]
    public void Check_ForbiddenBaseWithAnyDecoration_StaysForbidden() =>
        DecoratedForbidden.Sample(
            x => Policy(x.Constraint).Check(x.Name).Status == ComplianceStatus.Forbidden,
            iter: 3000,
            print: x => $"'{x.Name}' for {x.Constraint}: {Policy(x.Constraint).Check(x.Name).Reason}");

    /// <summary>One edit (drop, double, swap, replace) inside a base word of five letters or more.</summary>
    private static readonly Gen<(string Name, string Constraint)> Typo =
        Gen.Select(Gen.OneOf(ForbiddenBases.Where(b => b.Name.Split(' ').Max(w => w.Length) >= 5).ToArray()), Gen.Int[0, 3], Gen.Int[1, 100], Gen.Char['a', 'z'])
            .Select(x =>
            {
                var words = x.Item1.Name.Split(' ');
                var w = Array.FindIndex(words, v => v.Length >= 5);
                var word = words[w];
                var at = 1 + (x.Item3 % (word.Length - 2));
                words[w] = x.Item2 switch
                {
                    0 => word.Remove(at, 1),
                    1 => word.Insert(at, word[at].ToString()),
                    2 => string.Concat(word[..at], word[at + 1], word[at], word[(at + 2)..]),
                    _ => string.Concat(word[..at], x.Item4, word[(at + 1)..]),
                };
                return (string.Join(' ', words), x.Item1.Constraint);
            });

    [Fact]
    public void Check_ForbiddenBaseWithATypo_NeverAllowed() =>
        Typo.Sample(
            x => !Policy(x.Constraint).Check(x.Name).Permitted
                // A typo that lands on another real food ("beet" for "beef") cannot be told apart; only real misspellings count.
                || x.Name.Split(' ').All(IngredientOntology.Default.IsKnownWord),
            iter: 3000,
            print: x => $"'{x.Name}' for {x.Constraint}: {Policy(x.Constraint).Check(x.Name).Reason}");

    // (base, the one constraint it breaks, qualifiers that lift exactly that)
    private static readonly (string Name, string Constraint, string[] Qualifiers)[] NegatableBases =
    [
        ("cheese", "dairy-free", ["vegan", "dairy-free", "dairy free", "plant-based", "non-dairy"]),
        ("milk", "dairy-free", ["vegan", "dairy-free", "plant-based", "non dairy"]),
        ("butter", "dairy-free", ["vegan", "dairy-free", "plant based"]),
        ("yogurt", "dairy-free", ["vegan", "dairy free"]),
        ("mayonnaise", "egg-free", ["vegan", "egg-free", "eggless", "egg free"]),
        ("sausages", "vegetarian", ["vegetarian", "vegan", "meat-free", "meatless", "veggie", "plant-based"]),
        ("burger patties", "vegetarian", ["veggie", "vegan", "plant-based", "meat free"]),
        ("chicken nuggets", "vegetarian", ["vegan", "plant-based", "vegetarian"]),
        ("bread", "gluten-free", ["gluten-free", "gluten free"]),
        ("pasta", "gluten-free", ["gluten-free", "gluten free"]),
        ("soy sauce", "gluten-free", ["gluten-free"]),
        ("flour", "gluten-free", ["gluten free"]),
        ("pesto", "nut-free", ["nut-free", "nut free"]),
        ("honey", "vegan", ["vegan"]),
    ];

    private static readonly Gen<(string Name, string Constraint)> Negated =
        Gen.Select(Gen.OneOf(NegatableBases), Gen.Int[0, 100], Gen.Int[0, 2], Gen.OneOf("", "500g ", "2 x ", "organic ", "tesco "))
            .Select(x =>
            {
                var qualifier = x.Item1.Qualifiers[x.Item2 % x.Item1.Qualifiers.Length];
                var name = x.Item3 switch
                {
                    0 => $"{x.Item4}{qualifier} {x.Item1.Name}",
                    1 => $"{x.Item4}{x.Item1.Name}, {qualifier}",
                    _ => $"{x.Item4}{x.Item1.Name} ({qualifier})",
                };
                return (name, x.Item1.Constraint);
            });

    [Fact]
    public void Check_SafeBaseWithNegatingQualifier_NotForbiddenForThatReason() =>
        Negated.Sample(
            x => Policy(x.Constraint).Check(x.Name).Status != ComplianceStatus.Forbidden,
            iter: 2000,
            print: x => $"'{x.Name}' for {x.Constraint}: {Policy(x.Constraint).Check(x.Name).Reason}");

    [Fact]
    public void Check_QualifierInAnotherPartOfTheName_DoesNotReachTheMeat() =>
        Gen.Select(Gen.OneOf("ham", "bacon", "chicken breast", "salami", "tuna"), Gen.OneOf(" and ", " & ", ", ", " with ", " + "), Gen.OneOf("vegan cheese", "vegan mayo", "plant-based milk"))
            .Sample(
                x => Policy("vegetarian").Check(x.Item1 + x.Item2 + x.Item3).Status == ComplianceStatus.Forbidden,
                iter: 300,
                print: x => x.Item1 + x.Item2 + x.Item3);
}
