using CsCheck;
using PantryPilot.Domain.Ingredients;

namespace PantryPilot.Domain.Tests.Ingredients;

/// <summary>
/// Properties of the matcher over generated names. Which names are one food and which are different foods is written
/// here from food knowledge: preparation words never change the food; the pairs below are never the same food however
/// they are dressed; the candidates' order never changes the answer.
/// </summary>
public class IngredientMatcherPropertyTests
{
    private static readonly IngredientMatcher Matcher = IngredientMatcher.Default;

    private static readonly string[] Lots =
    [
        "rice", "onion", "garlic", "tofu", "cod", "lime", "broccoli", "chickpeas", "coconut milk", "peanut butter",
        "chicken breast", "chicken stock", "spinach", "lentils", "basil", "salmon", "spaghetti", "butter", "carrots", "eggs",
    ];

    // Words that say how a food is kept or cut up, never which food it is. ("fresh pasta" is egg pasta: no pasta here.)
    private static readonly string[] Preparations = ["fresh", "frozen", "chopped", "cooked", "organic", "sliced", "diced", "large", "raw", "canned"];

    private static readonly (string A, string B)[] DifferentFoods =
    [
        ("peanut butter", "butter"), ("coconut milk", "milk"), ("chicken stock", "chicken breast"), ("rice flour", "flour"),
        ("chicken", "chickpeas"), ("egg", "eggplant"), ("rice", "rice vinegar"), ("cream", "coconut cream"), ("pepper", "peppermint"),
        ("beef", "beef tomato"), ("fish sauce", "fish"), ("soy sauce", "soy milk"), ("cod", "salmon"), ("lime", "lemon"),
        ("chicken thighs", "chicken breast"), ("butternut squash", "butter"), ("corn", "cornflour"), ("ham", "hamburger bun"),
    ];

    private static readonly Gen<string> Preparation = Gen.OneOf(Preparations);

    [Fact]
    public void Match_PreparationWordsAroundAPantryName_StillThatLot() =>
        Gen.Select(Gen.Int[0, Lots.Length - 1], Preparation.Array[1, 2], Gen.Bool).Sample(
            x =>
            {
                var (lot, words, upper) = x;
                var name = $"{string.Join(' ', words)} {Lots[lot]}";
                var match = Matcher.Match(upper ? name.ToUpperInvariant() : name, Lots);
                return match.IsMatch && match.Index == lot;
            },
            iter: 2000,
            print: x => $"'{string.Join(' ', x.Item2)} {Lots[x.Item1]}': {Matcher.Match($"{string.Join(' ', x.Item2)} {Lots[x.Item1]}", Lots).Reason}");

    [Fact]
    public void Match_DifferentFoodsHoweverDressed_NeverMatch() =>
        Gen.Select(Gen.OneOf(DifferentFoods), Preparation.Array[0, 2], Preparation.Array[0, 2], Gen.Bool).Sample(
            x =>
            {
                var ((a, b), before, after, swap) = x;
                var (name, other) = swap ? (b, a) : (a, b);
                var dressed = string.Join(' ', before.Append(name));
                var candidate = string.Join(' ', after.Append(other));
                return !Matcher.Match(dressed, [candidate]).IsMatch;
            },
            iter: 2000);

    [Fact]
    public void Match_CandidatesInAnyOrder_SameAnswer() =>
        Gen.Select(Gen.OneOf(Lots), Preparation.Array[0, 1], Gen.Int.Array[Lots.Length]).Sample(
            x =>
            {
                var (lot, words, keys) = x;
                var name = string.Join(' ', words.Append(lot));
                var shuffled = Lots.Zip(keys).OrderBy(p => p.Second).Select(p => p.First).ToArray();
                var inOrder = Matcher.Match(name, Lots);
                var reordered = Matcher.Match(name, shuffled);
                return inOrder.Kind == reordered.Kind
                    && inOrder.Candidates.Select(i => Lots[i]).Order().SequenceEqual(reordered.Candidates.Select(i => shuffled[i]).Order());
            },
            iter: 1000);
}
