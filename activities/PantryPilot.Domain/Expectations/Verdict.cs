using System.Text.Json.Nodes;
using PantryPilot.Domain.Tables;

namespace PantryPilot.Domain.Expectations;

/// <summary>What a row is to a column-map expectation.</summary>
internal enum Verdict
{
    /// <summary>Missing value: skipped, as GE does.</summary>
    Ignored,
    Expected,
    Unexpected,
}
