namespace PantryPilot.Domain.Ingredients;

/// <summary>The amount at the start of a piece of an ingredient line: "about 1 1/2 heaped tbsp of", "2-3 cloves",
/// "half an", "2 x 400 g". <see cref="End"/> is where the rest (the name) starts.</summary>
internal readonly record struct AmountReading(
    double? Amount,
    double? AmountMax,
    string? Unit,
    string? Size,
    int End,
    string? UnreadText = null,
    double? PackAmount = null,
    string? PackUnit = null)
{
    public static AmountReading Read(IReadOnlyList<QuantityToken> tokens, int at)
    {
        var none = new AmountReading(null, null, null, null, 0);
        var i = at;
        while (i < tokens.Count
            && (QuantityWords.Approximately.Contains(tokens[i].Lower) || tokens[i].IsWord("up")
                || tokens[i].IsWord("to")))
        {
            i++;
        }

        var (amount, next) = Number(tokens, i);
        if (amount is null)
        {
            return Vague(tokens, i) ?? none;
        }

        if (double.IsNaN(amount.Value))
        {
            return none with { UnreadText = tokens[i].Text, End = tokens[i].End };
        }

        var (max, afterRange) = RangeEnd(tokens, next, amount.Value);
        i = afterRange;

        // "1-inch": the hyphen joins the amount to its unit.
        if (i + 1 < tokens.Count && tokens[i].Text == "-" && QuantityWords.Measure(tokens[i + 1].Text) is not null)
        {
            i++;
        }

        var (pack, packUnit, afterPack) = Pack(tokens, i);
        i = afterPack;
        string? size = null;
        if (i < tokens.Count && QuantityWords.Sizes.Contains(tokens[i].Lower))
        {
            size = tokens[i].Text;
            i++;
        }

        var (unit, afterUnit) = UnitAt(tokens, i);
        i = afterUnit;
        if (size is null && unit is not null && i < tokens.Count && QuantityWords.Sizes.Contains(tokens[i].Lower)
            && i + 1 < tokens.Count)
        {
            size = tokens[i].Text;
            i++;
        }

        // "1-inch piece ginger": a piece of that length.
        if (unit is not null && i + 1 < tokens.Count
            && QuantityWords.Lengths.Contains(QuantityWords.Measure(unit) ?? string.Empty)
            && QuantityWords.Measure(tokens[i].Text) == "piece")
        {
            i++;
        }

        if (i < tokens.Count && tokens[i].IsWord("of"))
        {
            i++;
        }

        var end = i < tokens.Count ? tokens[i].Start : tokens[^1].End;
        return new AmountReading(amount, max, unit, size, end, null, pack, packUnit);
    }

    /// <summary>The top of a range after <paramref name="amount"/> ("2-3", "2 to 3", "2 or 3") at
    /// <paramref name="i"/>; none when what follows is no larger number.</summary>
    private static (double? Max, int Next) RangeEnd(IReadOnlyList<QuantityToken> tokens, int i, double amount)
    {
        if (i + 1 < tokens.Count && (tokens[i].Text == "-" || tokens[i].IsWord("to") || tokens[i].IsWord("or")))
        {
            var (high, after) = Number(tokens, i + 1);
            if (high is { } h && !double.IsNaN(h) && h > amount)
            {
                return (high, after);
            }
        }

        return (null, i);
    }

    /// <summary>The size of one pack at <paramref name="i"/>: "x 400 g" ("2 x 400 g"), or a container's size ("one
    /// 15-oz can", "2 400g tins"); none when there is none.</summary>
    private static (double? Amount, string? Unit, int Next) Pack(IReadOnlyList<QuantityToken> tokens, int i)
    {
        if (i + 2 < tokens.Count && (tokens[i].IsWord("x") || tokens[i].Text == "×")
            && tokens[i + 1].Kind == QuantityTokenKind.Number
            && Units.UnitNormalizer.TryGetFactor(tokens[i + 2].Lower, out var factor) && !factor.IsPack)
        {
            return (tokens[i + 1].Value, tokens[i + 2].Text, i + 3);
        }

        if (PackSize(tokens, i) is { } container)
        {
            // "one 15-oz can", "2 400g tins": the container's size, then the container.
            return container;
        }

        return (null, null, i);
    }

    /// <summary>A unit at <paramref name="i"/>: a measure word ("tbsp", "cloves") or "fl oz" as two words.</summary>
    private static (string? Unit, int Next) UnitAt(IReadOnlyList<QuantityToken> tokens, int i)
    {
        if (i < tokens.Count && tokens[i].Kind == QuantityTokenKind.Word)
        {
            var twoWords = i + 1 < tokens.Count ? $"{tokens[i].Lower} {tokens[i + 1].Lower}" : null;
            if (twoWords is not null && tokens[i + 1].Kind == QuantityTokenKind.Word
                && twoWords.Contains("fl", StringComparison.Ordinal)
                && Units.UnitNormalizer.TryGetFactor(twoWords, out _))
            {
                return ($"{tokens[i].Text} {tokens[i + 1].Text}", i + 2);
            }

            if (QuantityWords.Measure(tokens[i].Text) is not null)
            {
                return (tokens[i].Text, i + 1);
            }
        }

        return (null, i);
    }

    /// <summary>"15-oz can", "400g tin" at <paramref name="i"/>: the size and where the container word
    /// stands.</summary>
    private static (double Amount, string Unit, int Next)? PackSize(IReadOnlyList<QuantityToken> tokens, int i)
    {
        if (i + 2 >= tokens.Count || tokens[i].Kind != QuantityTokenKind.Number || double.IsNaN(tokens[i].Value))
        {
            return null;
        }

        var u = tokens[i + 1].Text == "-" ? i + 2 : i + 1;
        return u + 1 < tokens.Count && Units.UnitNormalizer.TryGetFactor(tokens[u].Lower, out var factor)
            && !factor.IsPack
            && QuantityWords.Containers.Contains(QuantityWords.Measure(tokens[u + 1].Text) ?? string.Empty)
            ? (tokens[i].Value, tokens[u].Text, u + 1)
            : null;
    }

    /// <summary>A number: "2", "1.5", "1/2", "1 1/2", "1-1/2", "1 and 1/2", "a", "an", "one", "half a", "one and a
    /// half". NaN for "3/0"; null when the tokens at <paramref name="i"/> hold no number.</summary>
    private static (double? Value, int Next) Number(IReadOnlyList<QuantityToken> tokens, int i)
    {
        if (i >= tokens.Count)
        {
            return (null, i);
        }

        return tokens[i].Kind switch
        {
            QuantityTokenKind.Number => Numeral(tokens, i),
            QuantityTokenKind.Word => NumberWord(tokens, i),
            _ => (null, i),
        };
    }

    /// <summary>A number in digits at <paramref name="i"/>, with a fraction after it ("1 1/2", "1-1/2", "1 and
    /// 1/2", "2 and a half").</summary>
    private static (double? Value, int Next) Numeral(IReadOnlyList<QuantityToken> tokens, int i)
    {
        var token = tokens[i];
        var value = token.Value;
        var j = i + 1;
        if (double.IsNaN(value) || !token.IsInteger)
        {
            return (value, j);
        }

        if (j < tokens.Count && tokens[j].IsProperFraction)
        {
            return (value + tokens[j].Value, j + 1);
        }

        if (j + 1 < tokens.Count && tokens[j].Text == "-" && tokens[j + 1].IsProperFraction)
        {
            return (value + tokens[j + 1].Value, j + 2);
        }

        if (j + 1 < tokens.Count && tokens[j].IsWord("and") && tokens[j + 1].IsProperFraction)
        {
            return (value + tokens[j + 1].Value, j + 2);
        }

        return HalfMore(tokens, j, value);
    }

    /// <summary>A number in words at <paramref name="i"/>: "a", "an", "half a", "one and a half", or one of a
    /// measure ("pinch of").</summary>
    private static (double? Value, int Next) NumberWord(IReadOnlyList<QuantityToken> tokens, int i)
    {
        var token = tokens[i];
        var word = token.Lower;

        // "pinch of salt", "thumb of ginger": one of the measure (read as the unit next).
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord("of") && QuantityWords.Measure(token.Text) is not null)
        {
            return (1, i);
        }

        if (word is "a" or "an")
        {
            if (i + 1 < tokens.Count
                && (QuantityWords.Vague.Contains(tokens[i + 1].Lower) || tokens[i + 1].IsWord("couple")))
            {
                return tokens[i + 1].IsWord("couple") ? (2, i + 2) : (null, i);
            }

            if (i + 1 < tokens.Count && (tokens[i + 1].IsWord("half") || tokens[i + 1].IsWord("quarter")))
            {
                return (QuantityWords.Numbers[tokens[i + 1].Lower], i + 2);
            }

            return (1, i + 1);
        }

        if (word is "half" or "quarter")
        {
            // "half and half" is cream, not an amount.
            if (i + 1 < tokens.Count && tokens[i + 1].IsWord("and"))
            {
                return (null, i);
            }

            var j = i + 1;
            if (j < tokens.Count && (tokens[j].IsWord("a") || tokens[j].IsWord("an")))
            {
                j++;
            }

            return (QuantityWords.Numbers[word], j);
        }

        return QuantityWords.Numbers.TryGetValue(word, out var number) ? HalfMore(tokens, i + 1, number) : (null, i);
    }

    /// <summary>"one and a half", "2 and a half".</summary>
    private static (double? Value, int Next) HalfMore(IReadOnlyList<QuantityToken> tokens, int j, double value)
    {
        if (j + 2 < tokens.Count && tokens[j].IsWord("and") && (tokens[j + 1].IsWord("a") || tokens[j + 1].IsWord("an"))
            && QuantityWords.Numbers.TryGetValue(tokens[j + 2].Lower, out var part) && part < 1)
        {
            return (value + part, j + 3);
        }

        return (value, j);
    }

    /// <summary>"a few sprigs of", "some", "a little": an amount with no number, kept verbatim.</summary>
    private static AmountReading? Vague(IReadOnlyList<QuantityToken> tokens, int i)
    {
        var j = i;
        if (j < tokens.Count && (tokens[j].IsWord("a") || tokens[j].IsWord("an")))
        {
            j++;
        }

        if (j >= tokens.Count || !QuantityWords.Vague.Contains(tokens[j].Lower) || j + 1 >= tokens.Count)
        {
            return null;
        }

        j++;
        if (j + 1 < tokens.Count && QuantityWords.Measure(tokens[j].Text) is not null)
        {
            j++;
        }

        if (j + 1 < tokens.Count && tokens[j].IsWord("of"))
        {
            j++;
        }

        var text = string.Join(' ', tokens.Skip(i).Take(j - i).Select(t => t.Text));
        return new AmountReading(null, null, null, null, tokens[j].Start, text);
    }
}
