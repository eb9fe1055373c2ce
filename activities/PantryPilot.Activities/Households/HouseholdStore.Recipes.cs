using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Serving;

namespace PantryPilot.Activities.Households;

/// <summary>Recipe requests: the stock at request time, the served answers (with model, adapter and prompt) and the
/// feedback tied to them in <c>recipe_feedback</c>.</summary>
public sealed partial class HouseholdStore
{
    public async Task<PreparedRecipe> PrepareRecipeAsync(PrepareRecipeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var connection = await database.OpenAsync(cancellationToken);
        if (await RepeatAsync<RecipeAnswer>(connection, null, input.HouseholdId, input.RequestId,
            HouseholdNames.RequestRecipe, input.PayloadHash, cancellationToken) is { } earlier)
        {
            return new PreparedRecipe(earlier, [], 0, []);
        }

        var lots = await ReadLotsAsync(connection, null, input.HouseholdId, cancellationToken);
        var fresh = lots.Where(l => l.Expires is not { } e || e >= input.Today).ToList();
        var liked = fresh.Where(l => input.Dislikes.Count == 0 || rules.Find(l.Name, input.Dislikes).Index is null)
            .ToList();
        var items = rules.Summarize(liked)
            .OrderBy(i => i.EarliestExpiry ?? DateOnly.MaxValue)
            .ThenByDescending(i => i.Quantity)
            .ToList();
        var notes = new List<string>();
        if (lots.Count > fresh.Count)
        {
            notes.Add($"{lots.Count - fresh.Count} expired lot(s) not offered");
        }

        if (fresh.Count > liked.Count)
        {
            notes.Add($"{fresh.Count - liked.Count} disliked lot(s) not offered");
        }

        if (items.Count > input.MaxItems)
        {
            notes.Add(
                $"{items.Count - input.MaxItems} item(s) beyond the {input.MaxItems} soonest-expiring not offered");
        }

        var offered = items.Take(input.MaxItems)
            .Select(i => new ServingPantryItem(i.Name, i.Quantity, i.Unit, i.EarliestExpiry)).ToList();
        return new PreparedRecipe(null, offered, items.Count, notes);
    }

    public async Task<RecipeAnswer> RecordRecipeAsync(RecordRecipeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var answer = input.Answer;
        return await WriteAsync(input.HouseholdId, answer.RequestId, HouseholdNames.RequestRecipe, input.PayloadHash,
            cancellationToken, async (connection, transaction) =>
        {
            foreach (var option in answer.Options)
            {
                var served = option.Answer;
                await SqlCommands.ExecuteAsync(connection, transaction, """
                    INSERT INTO household_recipes (household_id, request_id, option_label, outcome, model, adapter,
                        prompt, recipe, served_at)
                    VALUES (@h, @r, @l, @o, @m, @a, @p, @j, @t)
                    """, cancellationToken, ("h", input.HouseholdId), ("r", answer.RequestId), ("l", option.Label),
                    ("o", served.Outcome.ToString()),
                    ("m", served.Model), ("a", served.Adapter), ("p", served.Prompt),
                    ("j", served.Recipe is null ? null : Json(served.Recipe)), ("t", answer.ServedAt));
            }

            return answer;
        });
    }

    public async Task<FeedbackResult> RecordFeedbackAsync(RecordFeedbackInput input,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var feedback = input.Feedback;
        return await WriteAsync(input.HouseholdId, feedback.RequestId, HouseholdNames.Feedback, input.PayloadHash,
            cancellationToken, async (connection, transaction) =>
        {
            var options = new List<(string Label, string Model, string Adapter, string Prompt, string? Recipe)>();
            await using (var command = SqlCommands.Create(connection, transaction,
                "SELECT option_label, model, adapter, prompt, recipe FROM household_recipes "
                + "WHERE household_id = @h AND request_id = @r ORDER BY option_label",
                ("h", input.HouseholdId), ("r", feedback.RecipeRequestId)))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    options.Add(
                        (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                            await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetString(4)));
                }
            }

            if (options.Count == 0)
            {
                throw Failure(
                    HouseholdErrors.UnknownRecipe,
                    $"recipeRequestId: '{feedback.RecipeRequestId}' was never served "
                    + $"to household '{input.HouseholdId}'");
            }

            var label = feedback.Option ?? "a";
            var chosen = options.FindIndex(o => string.Equals(o.Label, label, StringComparison.OrdinalIgnoreCase));
            if (chosen < 0)
            {
                throw Failure(
                    HouseholdErrors.UnknownRecipe,
                    $"option: '{label}' is not an answer of {feedback.RecipeRequestId} "
                    + $"(options: {string.Join(", ", options.Select(o => o.Label))})");
            }

            if (feedback.Verdict == FeedbackVerdict.Prefer && options.Count < 2)
            {
                throw Failure(HouseholdErrors.InvalidRequest,
                    $"verdict: prefer chooses between two answers; {feedback.RecipeRequestId} had one");
            }

            var pick = options[chosen];
            var rejected = feedback.Verdict == FeedbackVerdict.Prefer
                ? options.Where((_, i) => i != chosen).First()
                : default;
            await SqlCommands.ExecuteAsync(connection, transaction, """
                INSERT INTO recipe_feedback (household_id, request_id, recipe_request_id, option_label, verdict,
                    reason, model, adapter, prompt, recipe,
                                             rejected_option_label, rejected_adapter, rejected_recipe, created_at)
                VALUES (@h, @r, @rr, @l, @v, @why, @m, @a, @p, @j, @rl, @ra, @rj, @t)
                """, cancellationToken, ("h", input.HouseholdId), ("r", feedback.RequestId),
                ("rr", feedback.RecipeRequestId), ("l", pick.Label),
                ("v", feedback.Verdict.ToString().ToLowerInvariant()), ("why", feedback.Reason), ("m", pick.Model),
                ("a", pick.Adapter), ("p", pick.Prompt), ("j", pick.Recipe),
                ("rl", rejected.Label), ("ra", rejected.Adapter), ("rj", rejected.Recipe), ("t", Now));
            return new FeedbackResult(feedback.RequestId, feedback.RecipeRequestId, feedback.Verdict, pick.Label,
                pick.Model, pick.Adapter);
        });
    }
}
