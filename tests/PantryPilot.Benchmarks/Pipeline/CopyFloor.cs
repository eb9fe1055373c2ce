using PantryPilot.Activities.Database;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Benchmarks.Pipeline;

/// <summary>The floor every pipeline figure is measured against.</summary>
public static class CopyFloor
{
    /// <summary>The benchmark floor: <c>COPY table TO STDOUT (FORMAT BINARY)</c> read and thrown away, counting tuples.</summary>
    public static async Task<(long Rows, long Bytes)> CopyOutBaselineAsync(this PantryDatabase database, DataTable table, CancellationToken cancellationToken = default)
    {
        await using var conn = await database.OpenAsync(cancellationToken);
        await using var stream = await conn.BeginRawBinaryCopyAsync($"COPY {DatabaseTables.NameOf(table)} TO STDOUT (FORMAT BINARY)", cancellationToken);
        var buffer = new byte[1 << 16];
        var counter = new BinaryCopyRowCounter();
        long bytes = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            bytes += read;
            counter.Feed(buffer.AsSpan(0, read));
        }

        return (counter.Rows, bytes);
    }
}
