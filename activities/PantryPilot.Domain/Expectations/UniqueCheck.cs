using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>Streaming uniqueness with 64-bit hashes of the values (8 bytes per distinct value, about 20-30 bytes
/// with HashSet overhead: ~250 MB for 10 million distinct values). The first occurrence is the valid one; later
/// duplicates are unexpected. Collisions are negligible (~n²/2^65).</summary>
internal sealed class UniqueCheck(
    ExpectationConfig config,
    int index,
    string column) : ColumnMapCheck(config, index, column)
{
    private readonly HashSet<ulong> seen = [];

    protected override Func<int, Verdict> Bind(TableBatch batch)
    {
        var values = batch.Column(Column);
        return r => ColumnValues.Format(values, r) is not { } v ? Verdict.Ignored
            : this.seen.Add(ColumnValues.Hash64(v)) ? Verdict.Expected : Verdict.Unexpected;
    }
}
