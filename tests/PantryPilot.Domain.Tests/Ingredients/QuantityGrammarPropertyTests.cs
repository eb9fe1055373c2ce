using CsCheck;
using PantryPilot.Domain.Ingredients;

namespace PantryPilot.Domain.Tests.Ingredients;

/// <summary>
/// Properties of the quantity grammar over generated quantities: printing a quantity and reading it back gives the same
/// value; extra whitespace or a note in brackets changes nothing; "name (amount unit)" reads as "amount unit name".
/// The generators build the expected value first and the text from it, so the grammar never decides what is right.
/// </summary>
public class QuantityGrammarPropertyTests
{
    private static readonly QuantityGrammar Grammar = QuantityGrammar.Default;

    // Names as recipes write them; none starts with a number word or ends with a measure or a "to taste" phrase.
    private static readonly string[] Names =
    [
        "rice", "basmati rice", "red lentils", "onion", "garlic", "olive oil", "chicken stock", "coconut milk", "soy sauce",
        "peanut butter", "black pepper", "cod fillet", "lime juice", "broccoli florets", "firm tofu", "plain flour",
        "half and half", "chickpeas", "tomatoes", "fresh basil", "Greek yogurt", "gluten-free pasta", "jalapeño", "crème fraîche",
    ];

    private static readonly string[] Units =
    [
        "cup", "cups", "tbsp", "Tbsp", "tsp", "teaspoons", "g", "kg", "ml", "l", "oz", "lb", "lbs", "cloves", "cans", "pinch",
        "fl oz", "slices", "bunch", "tins",
    ];

    private static readonly string[] Sizes = ["small", "medium", "large", "heaped"];

    private static readonly string[] Notes =
    [
        "diced", "rinsed", "optional", "finely chopped", "to taste", "at room temperature", "gluten-free", "drained and rinsed",
        "divided", "or more", "softened",
    ];

    private static readonly Gen<double> Amount =
        Gen.Select(Gen.Int[0, 20], Gen.OneOf(0.0, 0.5, 1.0 / 3, 2.0 / 3, 0.25, 0.75, 0.125, 0.2, 0.1))
            .Where(x => x.Item1 + x.Item2 > 0)
            .Select(x => x.Item1 + x.Item2);

    /// <summary>A quantity the grammar should read back: an amount (sometimes a range), a unit or a size or neither,
    /// a name and 0-2 notes.</summary>
    private static readonly Gen<IngredientQuantity> Quantity =
        Gen.Select(Amount, Gen.Double[0.5, 5].Select(d => Math.Round(d)).Array[0, 1], Gen.Int[0, 3], Gen.OneOf(Units), Gen.OneOf(Sizes), Gen.OneOf(Names), Gen.OneOf(Notes).Array[0, 2])
            .Select(x =>
            {
                var (amount, extra, shape, unit, size, name, notes) = x;
                double? max = extra.Length == 1 ? Math.Floor(amount) + extra[0] + 1 : null;
                return new IngredientQuantity(string.Empty, name, amount, max, shape is 0 or 2 ? unit : null, shape is 1 or 2 ? size : null, notes, QuantityStatus.Stated);
            });

    [Fact]
    public void Format_ThenParse_GivesTheSameValue() =>
        Quantity.Sample(
            q => Same(q, Grammar.Parse(QuantityGrammar.Format(q)), q.Notes),
            iter: 3000,
            print: q => $"'{QuantityGrammar.Format(q)}' read as {Describe(Grammar.Parse(QuantityGrammar.Format(q)))}");

    [Fact]
    public void Parse_ExtraWhitespace_ChangesNothing() =>
        Gen.Select(Quantity, Gen.OneOf(" ", "  ", "\t", " \t ", "\u00a0").Array[8], Gen.Bool).Sample(
            x =>
            {
                var (q, gaps, edges) = x;
                var words = QuantityGrammar.Format(q).Split(' ');
                var spaced = string.Concat(words.Select((w, i) => i == 0 ? w : gaps[i % gaps.Length] + w));
                return Same(q, Grammar.Parse(edges ? $"  {spaced}\t " : spaced), q.Notes);
            },
            iter: 2000);

    [Fact]
    public void Parse_NoteInBrackets_ChangesNothingButTheNotes() =>
        Gen.Select(Quantity, Gen.OneOf(Notes), Gen.Bool).Sample(
            x =>
            {
                var (q, note, inside) = x;
                var plain = q with { Notes = [] };
                var text = QuantityGrammar.Format(plain);
                // The note goes after the name, or between the unit and the name.
                var noted = inside && plain.Unit is not null
                    ? text.Replace($" {plain.Unit} ", $" {plain.Unit} ({note}) ", StringComparison.Ordinal)
                    : $"{text} ({note})";
                return Same(plain, Grammar.Parse(noted), [note]);
            },
            iter: 2000,
            print: x => $"'{QuantityGrammar.Format(x.Item1)}' + ({x.Item2}) inside {x.Item3}");

    [Fact]
    public void Parse_AmountInBracketsAfterTheName_ReadsAsTheAmountInFront() =>
        Quantity.Where(q => q.Notes.Count == 0).Sample(
            q =>
            {
                var front = QuantityGrammar.Format(q);
                var amount = front[..^q.Name.Length].Trim();
                return Same(q, Grammar.Parse($"{q.Name} ({amount})"), []);
            },
            iter: 2000);

    private static bool Same(IngredientQuantity expected, IngredientQuantity actual, IReadOnlyList<string> notes) =>
        actual.Status == QuantityStatus.Stated
        && Close(expected.Amount, actual.Amount)
        && Close(expected.AmountMax, actual.AmountMax)
        && expected.Unit == actual.Unit
        && expected.Size == actual.Size
        && expected.Name == actual.Name
        && notes.SequenceEqual(actual.Notes);

    private static bool Close(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) < 1e-9;

    private static string Describe(IngredientQuantity q) =>
        $"amount {q.Amount}-{q.AmountMax} unit '{q.Unit}' size '{q.Size}' name '{q.Name}' notes [{string.Join("|", q.Notes)}] {q.Status}";
}
