using System.Collections.Frozen;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Ingredients;

/// <summary>
/// Splits a string that holds several ingredients ("salt, pepper, olive oil", "salt and freshly ground black
/// pepper") into one string each, and leaves a single ingredient with its notes whole ("2 cloves garlic, minced",
/// "rice, cooked in chicken stock", "olive oil, or vegetable oil", "1 cup half and half"). A piece after a comma is an
/// ingredient when it starts with an amount, or names a food (ontology) before any preposition; otherwise it is a note
/// of the piece before.
/// </summary>
public sealed class IngredientList
{
    private static readonly Lazy<IngredientList> Shipped = new(() => new IngredientList(IngredientOntology.Default));

    /// <summary>Words that make the rest of a piece a note, not a food: "cooked in stock", "or vegetable
    /// oil".</summary>
    private static readonly FrozenSet<string> NoteWords = new[]
    {
        "in", "into", "with", "for", "from", "at", "to", "of", "on", "until", "or", "plus", "such", "like", "eg", "e.g",
        "preferably", "if", "see", "without", "instead", "than", "about", "approximately", "reserved", "optional",
        "not", "divided", "cut", "torn",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly IngredientOntology ontology;
    private readonly string[] termsWithAnd;

    public IngredientList(IngredientOntology ontology)
    {
        ArgumentNullException.ThrowIfNull(ontology);
        this.ontology = ontology;
        termsWithAnd = ontology.Data.Foods.Select(f => f.Term).Where(t => t.Contains(" and ", StringComparison.Ordinal))
            .ToArray();
    }

    public static IngredientList Default => Shipped.Value;

    /// <summary>The ingredients in <paramref name="text"/>, each with its own notes, trimmed; one element when it holds
    /// one ingredient (or none).</summary>
    public IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = TopLevel(text, ',', ';');
        var items = new List<string>();
        foreach (var piece in pieces)
        {
            var trimmed = piece.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (items.Count > 0 && !IsIngredient(trimmed))
            {
                items[^1] = $"{items[^1]}, {trimmed}";
            }
            else
            {
                items.AddRange(SplitAnd(trimmed));
            }
        }

        return items.Count == 0 ? [text.Trim()] : items;
    }

    /// <summary>"salt and pepper" → salt, pepper; "half and half", "lemon juice and zest" stay whole.</summary>
    private IEnumerable<string> SplitAnd(string piece)
    {
        var folded = piece.ToLowerInvariant();
        var at = folded.IndexOf(" and ", StringComparison.Ordinal);
        if (at < 0 || piece.Contains('(', StringComparison.Ordinal)
            || termsWithAnd.Any(t => folded.Contains(t, StringComparison.Ordinal)))
        {
            return [piece];
        }

        var left = piece[..at].Trim();
        var right = piece[(at + 5)..].Trim();
        return NamesFood(left) && IsIngredient(right) ? [left, .. SplitAnd(right)] : [piece];
    }

    private bool IsIngredient(string piece)
    {
        var tokens = QuantityText.Tokenize(piece);
        if (tokens.Count == 0)
        {
            return false;
        }

        var amount = AmountReading.Read(tokens, 0);
        if (amount.Amount is not null && (tokens[0].Kind == QuantityTokenKind.Number || amount.Unit is not null))
        {
            return true;
        }

        // A food named before any note word: "smoked paprika" is an ingredient, "cooked in chicken stock" a note.
        var words = ontology.Words(piece);
        var firstNote = words.FindIndex(NoteWords.Contains);
        var head = firstNote < 0 ? piece : string.Join(' ', words.Take(firstNote));
        return firstNote != 0 && NamesFood(head);
    }

    private bool NamesFood(string text) => text.Length > 0 && ontology.Classify(text).MatchedTerms.Count > 0;

    /// <summary>Splits at the separators outside brackets.</summary>
    private static List<string> TopLevel(string text, params char[] separators)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                default:
                    if (depth == 0 && separators.Contains(text[i]))
                    {
                        pieces.Add(text[start..i]);
                        start = i + 1;
                    }

                    break;
            }
        }

        pieces.Add(text[start..]);
        return pieces;
    }
}
