using Npgsql;
using PantryPilot.Activities.Database;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>The delivery ledger in PostgreSQL (table <see cref="Table"/>, migration 3; `pantrypilot db migrate` creates
/// it): one row per event and channel. A claim inserts the row if absent, then locks it (<c>SELECT ... FOR UPDATE</c>)
/// and applies <see cref="DeliveryRules"/> in the same transaction, so two workers never both get to send.</summary>
public sealed class PostgresDeliveryLedger(PantryDatabase database) : IDeliveryLedger
{
    public const string Table = "notification_deliveries";

    public async Task<(ClaimAction Action, DeliveryRecord? Record)> ClaimAsync(
        string eventId,
        string channel,
        DateTimeOffset now,
        TimeSpan lease,
        CancellationToken cancellationToken
    )
    {
        await using var conn = await OpenAsync(cancellationToken);
        await using var tx = await conn.BeginTransactionAsync(cancellationToken);
        var existing = await SelectAsync(conn, eventId, channel, forUpdate: true, cancellationToken);
        var action = DeliveryRules.Decide(existing, now);
        DeliveryRecord? record = existing;
        if (action is ClaimAction.Send or ClaimAction.Resend)
        {
            record = DeliveryRules.Claim(existing, eventId, channel, now, lease);
            // A row another transaction inserted since our SELECT makes the insert a no-op; the row count tells.
            await using var cmd = new NpgsqlCommand(
                existing is null
                    ? $"""
                    INSERT INTO {Table} (event_id, channel, state, attempts, lease_until, updated_at, detail)
                    VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id, channel) DO NOTHING
                    """
                    : $"UPDATE {Table} SET state = $3, attempts = $4, lease_until = $5, updated_at = $6, detail = $7 " +
                        "WHERE event_id = $1 AND channel = $2",
                conn,
                tx
            );
            Bind(cmd, record);
            if (await cmd.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await tx.RollbackAsync(cancellationToken);
                return (ClaimAction.Busy, await ReadAsync(eventId, channel, cancellationToken));
            }
        }

        await tx.CommitAsync(cancellationToken);
        return (action, record);
    }

    public async Task RecordAsync(
        string eventId,
        string channel,
        DeliveryState state,
        string detail,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        await using var conn = await OpenAsync(cancellationToken);
        await using var cmd = new NpgsqlCommand(
            $"UPDATE {Table} SET state = $3, detail = $4, updated_at = $5, lease_until = $5 WHERE event_id = $1 AND " +
            "channel = $2",
            conn
        );
        cmd.Parameters.AddWithValue(eventId);
        cmd.Parameters.AddWithValue(channel);
        cmd.Parameters.AddWithValue(Name(state));
        cmd.Parameters.AddWithValue(detail);
        cmd.Parameters.AddWithValue(now.UtcDateTime);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DeliveryRecord?> ReadAsync(string eventId, string channel, CancellationToken cancellationToken)
    {
        await using var conn = await OpenAsync(cancellationToken);
        return await SelectAsync(conn, eventId, channel, forUpdate: false, cancellationToken);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await database.OpenAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw new InvalidOperationException($"table {Table} is missing: run `pantrypilot db migrate`", e);
        }
    }

    private static async Task<DeliveryRecord?> SelectAsync(
        NpgsqlConnection conn,
        string eventId,
        string channel,
        bool forUpdate,
        CancellationToken cancellationToken
    )
    {
        await using var cmd = new NpgsqlCommand(
            $"SELECT state, attempts, lease_until, updated_at, detail FROM {Table} WHERE event_id = $1 AND channel = " +
            $"$2{(forUpdate ? " FOR UPDATE" : string.Empty)}",
            conn
        );
        cmd.Parameters.AddWithValue(eventId);
        cmd.Parameters.AddWithValue(channel);
        try
        {
            await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            return new DeliveryRecord(
                eventId,
                channel,
                Enum.Parse<DeliveryState>(reader.GetString(0), ignoreCase: true),
                reader.GetInt32(1),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(2), TimeSpan.Zero),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(3), TimeSpan.Zero),
                reader.IsDBNull(4) ? null : reader.GetString(4)
            );
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw new InvalidOperationException($"table {Table} is missing: run `pantrypilot db migrate`", e);
        }
    }

    private static void Bind(NpgsqlCommand cmd, DeliveryRecord record)
    {
        cmd.Parameters.AddWithValue(record.EventId);
        cmd.Parameters.AddWithValue(record.Channel);
        cmd.Parameters.AddWithValue(Name(record.State));
        cmd.Parameters.AddWithValue(record.Attempts);
        cmd.Parameters.AddWithValue(record.LeaseUntil.UtcDateTime);
        cmd.Parameters.AddWithValue(record.UpdatedAt.UtcDateTime);
        cmd.Parameters.AddWithValue((object?)record.Detail ?? DBNull.Value);
    }

    private static string Name(DeliveryState state) => state.ToString().ToLowerInvariant();
}
