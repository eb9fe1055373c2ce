namespace PantryPilot.Contracts.DataPipeline;

/// <summary>Row accounting of one stage on one table: every row in is either out or quarantined.</summary>
public sealed record StageCounts(string Stage, DataTable Table, long RowsIn, long RowsOut, long RowsQuarantined)
{
    public bool Conserved => RowsIn == RowsOut + RowsQuarantined;
}
