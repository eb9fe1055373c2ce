using PantryPilot.Domain.Text;

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
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return EditDistance.OptimalStringAlignment(a, b, Math.Max(a.Length, b.Length));
    }
}
