using PantryPilot.Domain.Tables;

namespace PantryPilot.Activities.Storage;

/// <summary>What a reader of user files produces per chunk: the rows that parsed, and the rows that did not
/// (<see cref="PantrySchemas.Quarantine"/> schema, with a reason naming file, row, field and value).</summary>
public sealed record ParsedBatch(TableBatch Rows, TableBatch Quarantined)
{
    public long RowsIn => Rows.RowCount + Quarantined.RowCount;
}
