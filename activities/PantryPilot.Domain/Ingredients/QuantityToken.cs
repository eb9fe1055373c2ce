namespace PantryPilot.Domain.Ingredients;

/// <summary>A number ("1/2", "1.5", "250"), a word or a symbol of an ingredient line, with where it stands.
/// <see cref="Value"/> is NaN for a number that is no number ("3/0") and for words and symbols.</summary>
internal readonly record struct QuantityToken(QuantityTokenKind Kind, string Text, double Value, int Start, int End)
{
    public bool IsWord(string word) => Kind == QuantityTokenKind.Word && Lower == word;

    public string Lower => Text.TrimEnd('.').ToLowerInvariant();

    /// <summary>A plain count ("1", not "1.5" or "1/2"): the whole part of a mixed number.</summary>
    public bool IsInteger => Kind == QuantityTokenKind.Number && !Text.Contains('.', StringComparison.Ordinal)
        && !Text.Contains('/', StringComparison.Ordinal);

    /// <summary>"1/2": the fraction part of a mixed number ("1 1/2", "1-1/2").</summary>
    public bool IsProperFraction => Kind == QuantityTokenKind.Number && Text.Contains('/', StringComparison.Ordinal)
        && Value is > 0 and < 1;
}
