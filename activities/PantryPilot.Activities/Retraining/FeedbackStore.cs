using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using PantryPilot.Activities.Households;
using PantryPilot.Domain.Retraining;

namespace PantryPilot.Activities.Retraining;

/// <summary>The feedback households gave (<c>recipe_feedback</c>, written by the household store with the prompt,
/// adapter and recipe served) as the retraining loop reads it: streamed oldest first, on PostgreSQL or the embedded
/// SQLite store, with the same SQL. Which rows a round has seen is kept in <c>retraining_feedback_seen</c>.</summary>
public sealed class FeedbackStore(IHouseholdDatabase database)
{
    private const string Order = "ORDER BY f.created_at, f.household_id, f.request_id";

    public IHouseholdDatabase Database => database;

    /// <summary>Verdict, adapter and prompt of every feedback row no round has seen yet, oldest first.</summary>
    public async IAsyncEnumerable<(string Verdict, string Adapter, string Prompt)> ReadUnseenAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, $"""
            SELECT f.verdict, f.adapter, f.prompt FROM recipe_feedback f
            WHERE NOT EXISTS (SELECT 1 FROM retraining_feedback_seen s
                              WHERE s.household_id = f.household_id AND s.request_id = f.request_id)
            {Order}
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
        }
    }

    /// <summary>The newest feedback time, as the database holds it (a value to hand back as a parameter); null when
    /// there is no feedback at all.</summary>
    public async Task<object?> CutoffAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqlCommands.ScalarAsync(connection, null, "SELECT MAX(created_at) FROM recipe_feedback",
            cancellationToken);
    }

    /// <summary>Every feedback row given up to <paramref name="cutoff"/>, oldest first, with what was served (the
    /// prompt of the answer not chosen comes from <c>household_recipes</c>).</summary>
    public async IAsyncEnumerable<FeedbackRow> ReadAllAsync(object cutoff,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqlCommands.Create(connection, null, $"""
            SELECT f.household_id, f.request_id, f.recipe_request_id, f.verdict, f.reason, f.adapter, f.prompt,
                   f.recipe,
                   f.rejected_adapter, r.prompt, f.rejected_recipe, f.created_at
            FROM recipe_feedback f
            LEFT JOIN household_recipes r
                   ON r.household_id = f.household_id AND r.request_id = f.recipe_request_id
                  AND r.option_label = f.rejected_option_label
            WHERE f.created_at <= @cutoff
            {Order}
            """, ("cutoff", cutoff));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new FeedbackRow(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                await Text(reader, 4, cancellationToken),
                reader.GetString(5),
                reader.GetString(6),
                await Text(reader, 7, cancellationToken),
                await Text(reader, 8, cancellationToken),
                await Text(reader, 9, cancellationToken),
                await Text(reader, 10, cancellationToken),
                DateTime.SpecifyKind(reader.GetDateTime(11), DateTimeKind.Utc));
        }
    }

    /// <summary>One more than the last round recorded (1 for the first).</summary>
    public async Task<int> NextRoundAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var last =
            await SqlCommands.ScalarAsync(connection, null, "SELECT MAX(round) FROM retraining_rounds",
                cancellationToken);
        return last is null ? 1 : Convert.ToInt32(last, CultureInfo.InvariantCulture) + 1;
    }

    /// <summary>Records the round and marks every feedback row up to <paramref name="cutoff"/> that no round has seen
    /// as seen by it, in one transaction. Safe to repeat: a row keeps the first round that saw it.</summary>
    /// <returns>Rows marked by this call.</returns>
    public async Task<int> MarkSeenAsync(int round, string datasetName, object cutoff, long rows, DateTime now,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using DbTransaction transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SqlCommands.ExecuteAsync(connection, transaction, """
            INSERT INTO retraining_rounds (round, dataset_name, cutoff, feedback_rows, started_at)
            VALUES (@r, @d, @c, @n, @t)
            ON CONFLICT (round) DO NOTHING
            """, cancellationToken, ("r", round), ("d", datasetName), ("c", cutoff), ("n", rows), ("t", now));
        var marked = await SqlCommands.ExecuteAsync(connection, transaction, """
            INSERT INTO retraining_feedback_seen (household_id, request_id, round)
            SELECT f.household_id, f.request_id, @r FROM recipe_feedback f WHERE f.created_at <= @c
            ON CONFLICT (household_id, request_id) DO NOTHING
            """, cancellationToken, ("r", round), ("c", cutoff));
        await transaction.CommitAsync(cancellationToken);
        return marked;
    }

    private static async Task<string?> Text(DbDataReader reader, int ordinal, CancellationToken cancellationToken) =>
        await reader.IsDBNullAsync(ordinal, cancellationToken) ? null : reader.GetString(ordinal);
}
