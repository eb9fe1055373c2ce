using PantryPilot.Domain.Ingredients;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Tests.Ingredients;

/// <summary>Each expectation is written from the line itself, as a cook reads it.</summary>
public class QuantityGrammarTests
{
    private static readonly QuantityGrammar Grammar = QuantityGrammar.Default;

    [Theory]
    [InlineData("2 cups rice", "rice", 2.0, null, "cups", null)]
    [InlineData("lentils (250g)", "lentils", 250.0, null, "g", null)]
    [InlineData("1 medium onion", "onion", 1.0, null, null, "medium")]
    [InlineData("olive oil (1/4 cup)", "olive oil", 0.25, null, "cup", null)]
    [InlineData("onion (1 medium, diced)", "onion", 1.0, null, null, "medium")]
    [InlineData("basmati rice (1 1/2 cups)", "basmati rice", 1.5, null, "cups", null)]
    [InlineData("1 1/2 cups chicken stock", "chicken stock", 1.5, null, "cups", null)]
    [InlineData("1-1/2 cups flour", "flour", 1.5, null, "cups", null)]
    [InlineData("½ tsp salt", "salt", 0.5, null, "tsp", null)]
    [InlineData("1½ cups milk", "milk", 1.5, null, "cups", null)]
    [InlineData("2-3 cloves garlic", "garlic", 2.0, 3.0, "cloves", null)]
    [InlineData("2 – 3 green chilies", "green chilies", 2.0, 3.0, null, null)]
    [InlineData("2 to 3 tbsp soy sauce", "soy sauce", 2.0, 3.0, "tbsp", null)]
    [InlineData("3 garlic cloves, minced", "garlic", 3.0, null, "cloves", null)]
    [InlineData("2 large eggs", "eggs", 2.0, null, null, "large")]
    [InlineData("a pinch of salt", "salt", 1.0, null, "pinch", null)]
    [InlineData("half an onion", "onion", 0.5, null, null, null)]
    [InlineData("one and a half cups water", "water", 1.5, null, "cups", null)]
    [InlineData("1 (400 g) can chickpeas, drained", "chickpeas", 1.0, null, "can", null)]
    [InlineData("200g firm tofu", "firm tofu", 200.0, null, "g", null)]
    [InlineData("1.5 kg potatoes", "potatoes", 1.5, null, "kg", null)]
    [InlineData("8 fl oz coconut milk", "coconut milk", 8.0, null, "fl oz", null)]
    [InlineData("2 heaped tbsp peanut butter", "peanut butter", 2.0, null, "tbsp", "heaped")]
    [InlineData("1 block tofu", "tofu", 1.0, null, "block", null)]
    [InlineData("about 200 g spinach", "spinach", 200.0, null, "g", null)]
    [InlineData("Rice: 2 cups", "Rice", 2.0, null, "cups", null)]
    [InlineData("eggs x3", "eggs", 3.0, null, null, null)]
    [InlineData("- 1 tbsp honey", "honey", 1.0, null, "tbsp", null)]
    [InlineData("1 cup half and half", "half and half", 1.0, null, "cup", null)]
    [InlineData("2 bay leaves", "bay leaves", 2.0, null, null, null)]
    [InlineData("4 leaves basil", "basil", 4.0, null, "leaves", null)]
    [InlineData("1 dozen eggs", "eggs", 1.0, null, "dozen", null)]
    [InlineData("juice of 1 lime", "lime juice", 1.0, null, null, null)]
    [InlineData("zest and juice of ½ orange", "orange zest and juice", 0.5, null, null, null)]
    [InlineData("pinch of chili flakes", "chili flakes", 1.0, null, "pinch", null)]
    [InlineData("thumb of ginger", "ginger", 1.0, null, "thumb", null)]
    [InlineData("1-inch piece ginger", "ginger", 1.0, null, "inch", null)]
    [InlineData("one 15-oz can black beans", "black beans", 1.0, null, "can", null)]
    [InlineData("6 sage leaves", "sage", 6.0, null, "leaves", null)]
    [InlineData("4 celery ribs", "celery", 4.0, null, "ribs", null)]
    [InlineData("2 cinnamon sticks", "cinnamon", 2.0, null, "sticks", null)]
    [InlineData("4 beef ribs", "beef ribs", 4.0, null, null, null)]
    [InlineData("3 kaffir lime leaves", "kaffir lime leaves", 3.0, null, null, null)]
    public void Parse_WrittenLine_NameAmountUnitSize(string text, string name, double? amount, double? max, string? unit, string? size)
    {
        var q = Grammar.Parse(text);

        Assert.Equal(name, q.Name);
        Assert.Equal(amount, q.Amount);
        Assert.Equal(max, q.AmountMax);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(size, q.Size);
        Assert.Equal(QuantityStatus.Stated, q.Status);
    }

    [Theory]
    [InlineData("salt to taste", "salt", "to taste")]
    [InlineData("salt)", "salt", null)]
    [InlineData("fresh basil, for garnish", "fresh basil", "for garnish")]
    [InlineData("black pepper (optional)", "black pepper", "optional")]
    [InlineData("salt and pepper, to taste", "salt and pepper", "to taste")]
    [InlineData("chicken stock", "chicken stock", null)]
    public void Parse_NoAmountWritten_NotStatedNeverZero(string text, string name, string? note)
    {
        var q = Grammar.Parse(text);

        Assert.Equal(name, q.Name);
        Assert.Null(q.Amount);
        Assert.Null(q.CanonicalAmount);
        Assert.Equal(QuantityStatus.NotStated, q.Status);
        Assert.Equal(note is null ? [] : [note], q.Notes);
    }

    [Theory]
    [InlineData("a few sprigs of thyme", "thyme", "a few sprigs of")]
    [InlineData("some parsley", "parsley", "some")]
    [InlineData("3/0 cup rice", "cup rice", "3/0")]
    [InlineData("rice 2..3 cups", "rice 2..3 cups", "2..3")]
    public void Parse_AmountItCannotRead_KeptVerbatimAndFlagged(string text, string name, string unread)
    {
        var q = Grammar.Parse(text);

        Assert.Equal(QuantityStatus.Unreadable, q.Status);
        Assert.Equal(unread, q.UnreadText);
        Assert.Equal(name, q.Name);
        Assert.Null(q.Amount);
        Assert.Equal(text, q.Text);
    }

    [Fact]
    public void Parse_NotesInBracketsAndAfterCommas_KeptInOrder()
    {
        var q = Grammar.Parse("1 medium onion (red or white), peeled, finely chopped");

        Assert.Equal("onion", q.Name);
        Assert.Equal(["peeled", "finely chopped", "red or white"], q.Notes);
    }

    [Theory]
    [InlineData("pasta (gluten-free)", "gluten-free pasta")]
    [InlineData("2 cups penne (Gluten Free)", "Gluten Free penne")]
    [InlineData("cheese (vegan), grated", "vegan cheese")]
    [InlineData("pasta (fresh)", "pasta")]
    public void Parse_DietLabelInBrackets_QualifiesTheName(string text, string qualified)
    {
        Assert.Equal(qualified, Grammar.Parse(text).QualifiedName);
    }

    [Theory]
    [InlineData("2 cups rice", 473.176, CanonicalUnit.Millilitre)]
    [InlineData("lentils (250g)", 250.0, CanonicalUnit.Gram)]
    [InlineData("1 lb beef", 453.592, CanonicalUnit.Gram)]
    [InlineData("1 medium onion", 1.0, CanonicalUnit.Piece)]
    [InlineData("3 cloves garlic", 3.0, CanonicalUnit.Piece)]
    [InlineData("2 (400 g) cans chickpeas", 800.0, CanonicalUnit.Gram)]
    [InlineData("2 x 400g tins tomatoes", 800.0, CanonicalUnit.Gram)]
    [InlineData("one 15-oz can black beans", 425.243, CanonicalUnit.Gram)]
    [InlineData("½ tsp cumin", 2.464, CanonicalUnit.Millilitre)]
    [InlineData("a pinch of salt", 0.308, CanonicalUnit.Millilitre)]
    [InlineData("1 dozen eggs", 12.0, CanonicalUnit.Piece)]
    public void Parse_Amount_CanonicalGramsMillilitresOrPieces(string text, double amount, CanonicalUnit unit)
    {
        var q = Grammar.Parse(text);

        Assert.Equal(unit, q.CanonicalUnit);
        Assert.Equal(amount, q.CanonicalAmount!.Value, 0.01);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("()", "")]
    [InlineData("((((", "")]
    public void Parse_EmptyOrOnlyBrackets_EmptyNameNoAmount(string text, string name)
    {
        var q = Grammar.Parse(text);

        Assert.Equal(name, q.Name);
        Assert.Null(q.Amount);
    }

    [Theory]
    [InlineData("1 1/2 cups rice", 1.5, "cups", "rice")]
    [InlineData("2-3 cloves garlic (minced)", 2.0, "cloves", "garlic")]
    [InlineData("1/4 cup olive oil", 0.25, "cup", "olive oil")]
    public void Format_ThenParse_SameValue(string text, double amount, string unit, string name)
    {
        var again = Grammar.Parse(QuantityGrammar.Format(Grammar.Parse(text)));

        Assert.Equal(amount, again.Amount);
        Assert.Equal(unit, again.Unit);
        Assert.Equal(name, again.Name);
    }
}
