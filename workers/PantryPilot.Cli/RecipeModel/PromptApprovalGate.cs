using System.Globalization;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.RecipeModel;

namespace PantryPilot.Cli.RecipeModel;

/// <summary>The in-process run's approval when a person sits at the terminal: it shows the candidate and waits for a
/// line <c>approve NAME [why]</c> or <c>refuse NAME [why]</c>, reminding every reminder period, until the approval
/// timeout (the same --approval-timeout-hours the workflow waits). Closed input or the timeout: no decision, nothing is
/// promoted.</summary>
public sealed class PromptApprovalGate(TextReader input, TextWriter output, TimeProvider? clock = null) : IApprovalGate
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    public async Task<PromotionDecision?> WaitAsync(PendingApproval pending, ApprovalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(settings);
        var deadline = time.GetUtcNow() + settings.Wait;
        var raw = pending.RawCompliance.ToString("P1", CultureInfo.InvariantCulture);
        var served = pending.ServedCompliance?.ToString("P1", CultureInfo.InvariantCulture) ?? "n/a";
        await output.WriteLineAsync(
            $"Approval needed to promote {pending.EntryId}: raw compliance {raw}, served compliance {served}; "
                + $"report {pending.ReportPath}"
        );
        await output.WriteLineAsync($"Type 'approve NAME [why]' or 'refuse NAME [why]' (waiting until {deadline:u}):");
        var reminders = 0;
        var read = Task.Run(input.ReadLine);
        while (true)
        {
            var left = deadline - time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                await output.WriteLineAsync($"No decision by {deadline:u}: {pending.EntryId} is not promoted.");
                return null;
            }

            var wait = left < settings.Reminder ? left : settings.Reminder;
            if (await Task.WhenAny(read, Task.Delay(wait, time)) != read)
            {
                if (time.GetUtcNow() < deadline)
                {
                    await output.WriteLineAsync(
                        $"Reminder {++reminders}: {pending.EntryId} still waits for 'approve NAME' or 'refuse NAME' " +
                        $"(until {deadline:u})."
                    );
                }

                continue;
            }

            var line = await read;
            if (line is null)
            {
                await output.WriteLineAsync($"Input closed without a decision: {pending.EntryId} is not promoted.");
                return null;
            }

            if (Parse(line) is { } decision)
            {
                return decision;
            }

            await output.WriteLineAsync("Not understood: type 'approve NAME [why]' or 'refuse NAME [why]'.");
            read = Task.Run(input.ReadLine);
        }
    }

    /// <summary>"approve ana looks good" → approve by ana, comment "looks good"; null when the line is not a
    /// decision.</summary>
    public static PromotionDecision? Parse(string line)
    {
        var parts = (line ?? string.Empty)
            .Trim()
            .Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return null;
        }

        bool? approve = parts[0].ToLowerInvariant() switch
        {
            "approve" or "yes" => true,
            "refuse" or "no" => false,
            _ => null,
        };
        return approve is null
            ? null
            : new PromotionDecision(
                approve,
                parts[1],
                parts.Length == 3 ? parts[2] : "decided at the terminal (in-process run)"
            );
    }
}
