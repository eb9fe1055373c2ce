using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>A per-check memo of value → verdict, bounded so a column of unique values cannot grow it without
/// end.</summary>
internal sealed class VerdictCache
{
    private const int Limit = 65_536;
    private readonly Dictionary<string, bool> known = new(StringComparer.Ordinal);

    public bool Get(string value, Func<string, bool> judge)
    {
        if (this.known.TryGetValue(value, out var verdict))
        {
            return verdict;
        }

        verdict = judge(value);
        if (this.known.Count < Limit)
        {
            this.known[value] = verdict;
        }

        return verdict;
    }
}
