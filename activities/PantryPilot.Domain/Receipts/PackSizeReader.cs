using System.Text.RegularExpressions;
using PantryPilot.Domain.Ingredients;
using PantryPilot.Domain.Units;

namespace PantryPilot.Domain.Receipts;

/// <summary>
/// Finds the pack size on a receipt line. Receipts print it after the name, glued or not ("TELUR AYAM 1KG", "AQUA 600
/// ML", "INDOMIE 5X85G"); this class only finds where it is (the words with digits, from the end) and hands them to
/// <see cref="QuantityGrammar"/> as "name (size)", which reads the amount and the unit; a size is taken only when the
/// grammar reads an amount with a unit it converts. Receipt unit words the grammar does not know ("BTR", butir: pieces)
/// are spelled out first from <see cref="ReceiptVocabulary"/>; a decimal comma ("1,5L") becomes a point.
/// </summary>
public sealed partial class PackSizeReader(QuantityGrammar? grammar = null, ReceiptVocabulary? vocabulary = null)
{
    private readonly QuantityGrammar grammar = grammar ?? QuantityGrammar.Default;
    private readonly ReceiptVocabulary vocabulary = vocabulary ?? ReceiptVocabulary.Default;

    public static PackSizeReader Default { get; } = new();

    /// <summary>The pack size printed in <paramref name="name"/>, and the name without it.</summary>
    public (PackSize? Size, string Name) Read(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var end = tokens.Length; end > 0; end--)
        {
            for (var length = Math.Min(3, end); length >= 1; length--)
            {
                var start = end - length;
                var words = tokens[start..end];
                if (!words[0].Any(char.IsAsciiDigit))
                {
                    continue;
                }

                var rest = string.Join(' ', tokens[..start].Concat(tokens[end..]));
                if (Size(string.Join(' ', words), weighed: false) is { } size)
                {
                    return (size, rest.Length == 0 ? name : rest);
                }
            }
        }

        return (null, name);
    }

    /// <summary>The weight of a weighed line from its unit price ("2.31 lb @ $0.69/lb" → 2.31 lb); null for a plain
    /// unit price ("@28,000").</summary>
    public PackSize? Weight(string? unitPrice)
    {
        if (unitPrice is null)
        {
            return null;
        }

        var at = unitPrice.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && unitPrice[..at].Any(char.IsAsciiDigit) ? Size(unitPrice[..at].Trim(), weighed: true) : null;
    }

    private PackSize? Size(string words, bool weighed)
    {
        var text = DecimalComma().Replace(words, "$1.$2");
        text = vocabulary.SpellUnits(text);
        var read = grammar.Parse($"x ({text})");
        if (read.Status != QuantityStatus.Stated
            || read.CanonicalAmount is not { } canonical
            || read.CanonicalUnit is not { } unit
            || read.Amount is not { } amount
            || read.Name != "x")
        {
            return null;
        }

        if (read.PackAmount is { } pack
            && read.PackUnit is { } packUnit
            && UnitNormalizer.TryGetFactor(packUnit, out _))
        {
            return new PackSize(amount * pack, packUnit.ToLowerInvariant(), unit, words, weighed);
        }

        if (read.Unit is not { } written || !UnitNormalizer.TryGetFactor(written, out _))
        {
            return null;
        }

        return canonical > 0 ? new PackSize(amount, written.ToLowerInvariant(), unit, words, weighed) : null;
    }

    [GeneratedRegex(@"(\d),(\d{1,2})(?!\d)")]
    private static partial Regex DecimalComma();
}
