using System.Collections.Frozen;

namespace PantryPilot.Domain.Ingredients;

/// <summary>Food words that English also uses as cooking verbs (<c>Ingredients/Data/verbs.csv</c>, embedded): which
/// words can be a verb, and whether the verb (true) or the food (false) is the usual reading where the sentence alone
/// cannot tell. When one is a verb, is the step reader's grammar (<see cref="MentionReader"/>).</summary>
internal static class CookingVerbs
{
    private static readonly Lazy<FrozenDictionary<string, bool>> Shipped =
        new(() => Parse(IngredientDataFile.ReadEmbedded("verbs.csv"), "verbs.csv"));

    public static FrozenDictionary<string, bool> Default => Shipped.Value;

    /// <summary>Reads the CSV (word,reading,example; reading is verb or noun); '#' lines are comments. Errors name
    /// the file and line.</summary>
    public static FrozenDictionary<string, bool> Parse(string text, string file)
    {
        var words = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (number, cells) in IngredientDataFile.Rows(text))
        {
            var word = cells[0].Trim();
            var reading = cells.Length > 1 ? cells[1].Trim() : string.Empty;
            if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal) || reading is not ("verb" or "noun"))
            {
                throw new FormatException($"{file} line {number}: expected word,reading,example with one word and "
                    + "a reading of verb or noun");
            }

            words[word] = reading == "verb";
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
