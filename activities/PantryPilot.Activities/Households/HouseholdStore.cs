using System.Data.Common;
using System.Text.Json;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Payloads;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Households;

/// <summary>The households' rows, the same SQL on PostgreSQL and on the embedded SQLite file. Every write is one
/// transaction under the household's lock that first looks up the request id: the same request again returns the
/// stored answer and changes nothing, another request under the same id fails with DuplicateRequest. Stock lives in
/// <c>inventory</c> and purchases in <c>purchase_history</c>, where the data pipeline reads them.
/// Split by concern: stock (<c>.Stock.cs</c>), recipes and feedback (<c>.Recipes.cs</c>).</summary>
public sealed partial class HouseholdStore(IHouseholdDatabase database, HouseholdRules? rules = null,
    TimeProvider? time = null)
{
    private const string OpenLotsSql = """
        SELECT row_id, item_name, quantity, unit, expiry_date FROM inventory
        WHERE user_id = @h AND quantity > 0 AND item_name IS NOT NULL AND unit IS NOT NULL
        ORDER BY expiry_date IS NULL, expiry_date, row_id
        """;

    private readonly HouseholdRules rules = rules ?? HouseholdRules.Default;

    public IHouseholdDatabase Database => database;

    private DateTime Now => (time ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    public async Task<HouseholdSnapshot> LoadAsync(string householdId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var profile = await ReadProfileAsync(connection, null, householdId, cancellationToken);
        var lots = await ReadLotsAsync(connection, null, householdId, cancellationToken);
        var known = profile is not null || lots.Count > 0
            || await SqlCommands.ScalarAsync(connection, null, "SELECT 1 FROM inventory WHERE user_id = @h LIMIT 1",
                cancellationToken, ("h", householdId)) is not null
            || await SqlCommands.ScalarAsync(connection, null,
                "SELECT 1 FROM purchase_history WHERE user_id = @h LIMIT 1", cancellationToken,
                ("h", householdId)) is not null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Now, Zone(profile?.Profile.TimeZone)));
        return new HouseholdSnapshot(
            householdId,
            known,
            profile?.Profile,
            profile?.EffectiveDiets ?? [],
            lots.Take(HouseholdLimits.MaxOpenLots).ToList(),
            Math.Max(0, lots.Count - HouseholdLimits.MaxOpenLots),
            today);
    }

    public async Task<ProfileResult> SaveProfileAsync(SaveProfileInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await WriteAsync(input.HouseholdId, input.RequestId, HouseholdNames.SetProfile, input.PayloadHash,
            cancellationToken, async (connection, transaction) =>
        {
            await SqlCommands.ExecuteAsync(connection, transaction, """
                INSERT INTO households (household_id, profile, effective_diets, updated_at) VALUES (@h, @p, @d, @t)
                ON CONFLICT (household_id) DO UPDATE SET profile = excluded.profile,
                    effective_diets = excluded.effective_diets, updated_at = excluded.updated_at
                """, cancellationToken, ("h", input.HouseholdId), ("p", Json(input.Result.Profile)),
                ("d", Json(input.Result.EffectiveDiets)), ("t", Now));
            return input.Result;
        });
    }

    /// <summary>The in-process host's entity state (the workflow keeps it in its own history instead).</summary>
    public async Task<HouseholdCarry?> ReadStateAsync(string householdId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var json =
            await SqlCommands.ScalarAsync(connection, null, "SELECT state FROM household_state WHERE household_id = @h",
                cancellationToken, ("h", householdId));
        return json is string text ? Read<HouseholdCarry>(text) : null;
    }

    public async Task SaveStateAsync(string householdId, HouseholdCarry state, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await SqlCommands.ExecuteAsync(connection, null, """
            INSERT INTO household_state (household_id, state, updated_at) VALUES (@h, @s, @t)
            ON CONFLICT (household_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
            """, cancellationToken, ("h", householdId), ("s", Json(state)), ("t", Now));
    }

    /// <summary>One write under a request id: lock the household, answer a repeat from the stored result, else run
    /// <paramref name="apply"/> and store its result with the request, all in one transaction.</summary>
    private async Task<T> WriteAsync<T>(
        string householdId, string requestId, string update, string hash, CancellationToken cancellationToken,
        Func<DbConnection, DbTransaction, Task<T>> apply)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await database.BeginAsync(connection, householdId, cancellationToken);
        if (await RepeatAsync<T>(connection, transaction, householdId, requestId, update, hash,
            cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var result = await apply(connection, transaction);
        await SqlCommands.ExecuteAsync(connection, transaction, """
            INSERT INTO household_requests (household_id, request_id, update_name, payload_sha256, result, created_at)
            VALUES (@h, @r, @u, @s, @j, @t)
            """, cancellationToken, ("h", householdId), ("r", requestId), ("u", update), ("s", hash),
            ("j", Json(result)), ("t", Now));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>The stored answer when this request id was answered with the same payload; null when it is
    /// new.</summary>
    private static async Task<T?> RepeatAsync<T>(
        DbConnection connection, DbTransaction? transaction, string householdId, string requestId, string update,
        string hash, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, transaction,
            "SELECT update_name, payload_sha256, result FROM household_requests "
            + "WHERE household_id = @h AND request_id = @r",
            ("h", householdId),
            ("r", requestId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return default;
        }

        var (seenUpdate, seenHash) = (reader.GetString(0), reader.GetString(1));
        if (seenUpdate == update && seenHash == hash)
        {
            return Read<T>(reader.GetString(2));
        }

        var what = seenUpdate == update ? $"another {update}" : seenUpdate;
        throw Failure(
            HouseholdErrors.DuplicateRequest,
            $"requestId: '{requestId}' was used for {what} request; "
            + "the same id answers only the same request (use a new id)");
    }

    private static async Task<(HouseholdProfile Profile, IReadOnlyList<string> EffectiveDiets)?> ReadProfileAsync(
        DbConnection connection, DbTransaction? transaction, string householdId, CancellationToken cancellationToken)
    {
        await using var command =
            SqlCommands.Create(connection, transaction,
                "SELECT profile, effective_diets FROM households WHERE household_id = @h", ("h", householdId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (Read<HouseholdProfile>(reader.GetString(0)), Read<List<string>>(reader.GetString(1)))
            : null;
    }

    /// <summary>Open lots (quantity above zero), soonest expiry first, then oldest.</summary>
    private static async Task<List<PantryLot>> ReadLotsAsync(DbConnection connection, DbTransaction? transaction,
        string householdId, CancellationToken cancellationToken)
    {
        var lots = new List<PantryLot>();
        await using var command = SqlCommands.Create(connection, transaction, OpenLotsSql, ("h", householdId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lots.Add(new PantryLot(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetDouble(2),
                reader.GetString(3),
                await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetFieldValue<DateOnly>(4)));
        }

        return lots;
    }

    private static TimeZoneInfo Zone(string? id) => id is not null
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static ApplicationFailureException Failure(string type, string message)
        => new(message, type, nonRetryable: true);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, PayloadJson.Options);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, PayloadJson.Options)
        ?? throw new InvalidDataException($"stored {typeof(T).Name} is empty");
}
