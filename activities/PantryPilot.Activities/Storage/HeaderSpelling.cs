namespace PantryPilot.Activities.Storage;

/// <summary>Finds a header that is probably a typo of a known column ("brnad" for "brand"), so a misspelt header is
/// reported as such instead of silently emptying a column.</summary>
public static class HeaderSpelling
{
    /// <summary>Starts every warning about a misspelt header, so reports can pick those warnings out.</summary>
    public const string MisspellingMarker = "header";

    /// <summary>The candidate closest to <paramref name="known"/> by edit distance (case-insensitive, an adjacent swap
    /// counting as one edit), if it is close enough to be a typo: at most 1 edit for names up to 4 characters, 2 up
    /// to 8, else 3.</summary>
    public static string? ClosestMatch(string known, IEnumerable<string> candidates)
    {
        var limit = known.Length <= 4 ? 1 : known.Length <= 8 ? 2 : 3;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(known.ToLowerInvariant(), candidate.Trim().ToLowerInvariant());
            if (distance > 0 && distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus transposition of neighbours).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
