using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>How names as people and receipts write them become plain words. Expected words written by hand.</summary>
public class NameNormalizerTests
{
    [Theory]
    [InlineData("Jalapeño", "jalapeno")]
    [InlineData("CRÈME FRAÎCHE", "creme fraiche")]
    [InlineData("Gruyère", "gruyere")]
    [InlineData("Straße", "strasse")]
    [InlineData("Æbleskiver", "aebleskiver")]
    [InlineData("æble", "aeble")]
    [InlineData("Œufs", "oeufs")]
    [InlineData("bœuf", "boeuf")]
    [InlineData("cow's milk", "cow milk")]
    [InlineData("Cow’s Milk", "cow milk")]
    [InlineData("Cow‘s Milk", "cow milk")]
    [InlineData("Cow`s Milk", "cow milk")]
    [InlineData("Cow´s Milk", "cow milk")]
    [InlineData("cafe\u0301", "cafe")] // a combining accent is dropped
    [InlineData("Łosoś", "losos")]
    [InlineData("it's", "it")]
    [InlineData("sweets", "sweets")] // an s that is not a possessive stays
    public void Fold_CaseAccentsLigaturesPossessives(string text, string expected) =>
        Assert.Equal(expected, NameNormalizer.Fold(text));

    [Theory]
    [InlineData("2 lbs Ground-Beef (80/20), Ham", "ground|beef|,|ham")]
    [InlineData("6x330ml cola", "cola")]
    [InlineData("Vegetable stock cubes x8", "vegetable|stock|cubes")] // a pack count written after the name
    [InlineData("xl eggs", "xl|eggs")] // a size word with no digits stays
    [InlineData("2 x 400g chopped tomatoes", "chopped|tomatoes")]
    [InlineData("12ct eggs", "eggs")]
    [InlineData("TEA BAGS 80S", "tea|bags")] // a UK receipt's pack count
    [InlineData("eggs 6s", "eggs")]
    [InlineData("2% milk", "milk")]
    [InlineData("milk 1.5l", "milk")]
    [InlineData("butter 250 g", "butter")]
    [InlineData("flour 1,5 kg", "flour")]
    [InlineData("1/2 cup sugar", "cup|sugar")]
    [InlineData("7 up", "up")]
    [InlineData("v8 juice", "v8|juice")]
    [InlineData("(organic) kale", "organic|,|kale")]
    [InlineData("kale,", "kale")]
    [InlineData("salt & pepper", "salt|,|pepper")]
    [InlineData("mac 'n' cheese", "mac|and|cheese")]
    [InlineData("mac'n'cheese", "mac|and|cheese")]
    [InlineData("rock n' roll", "rock|and|roll")]
    [InlineData("salt && pepper", "salt|,|pepper")]
    [InlineData("rice; beans / corn", "rice|,|beans|,|corn")]
    [InlineData("1 2 3", "")]
    [InlineData("", "")]
    public void Tokens_QuantitiesRemovedSeparatorsKept(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), NameNormalizer.Tokens(text));

    [Theory]
    [InlineData("Carr's Table Water", "carr")]
    [InlineData("Sainsbury’s Ben & Jerry's", "sainsbury|jerry")]
    [InlineData("cows milk", "")]
    public void Possessives_TheWordsWrittenWithApostropheS(string text, string expected) =>
        Assert.Equal(
            expected.Length == 0 ? [] : expected.Split('|').Order(StringComparer.Ordinal),
            NameNormalizer.Possessives(text).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("Gardein Chick'n Strips", "chick")]
    [InlineData("CHIK’N nuggets", "chik")]
    [InlineData("mac 'n' cheese", "")]
    [InlineData("chicken", "")]
    public void Elisions_TheStemsWrittenWithApostropheN(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : [expected], NameNormalizer.Elisions(text));

    [Fact]
    public void Fold_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => NameNormalizer.Fold(null!));

    [Fact]
    public void Separator_IsAComma() =>
        Assert.Equal(",", NameNormalizer.Separator);
}
