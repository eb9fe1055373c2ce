using PantryPilot.Contracts.Retraining;

namespace PantryPilot.Workflows.Retraining;

/// <summary>The coordinator's state and one look at the feedback: check the thresholds, and when one is reached run a
/// round. The workflow calls <see cref="CheckOnceAsync"/> on its timer (or at a signal); `pantrypilot retrain run`
/// calls it once. Round numbers come from the carry or the store, whichever is higher, so a coordinator started
/// afresh never reuses a round's dataset folder or run id.</summary>
public sealed class RetrainingCoordinator(
    IRetrainingEffects effects,
    RetrainingSettings settings,
    CoordinatorCarry? carry,
    int release = RetrainingRound.LatestRelease)
{
    private readonly List<RoundRecord> recent = [.. carry?.Recent ?? []];
    private RetrainingRound? running;

    public int Rounds { get; private set; } = carry?.Rounds ?? 0;

    public long Checks { get; private set; } = carry?.Checks ?? 0;

    public FeedbackCheck? LastCheck { get; private set; } = carry?.LastCheck;

    public DateTime? LastCheckAt { get; private set; } = carry?.LastCheckAt;

    /// <summary>Why the last check did not complete, when it did not.</summary>
    public string? LastError { get; private set; }

    public string State { get; set; } = "starting";

    public DateTime? NextCheckAt { get; set; }

    public IReadOnlyList<RoundRecord> Recent => recent;

    public CoordinatorCarry Carry
        => new(Rounds, Checks, recent.TakeLast(CoordinatorCarry.MaxRecent).ToList(), LastCheck, LastCheckAt);

    public CoordinatorStatus Status => new(
        LastError is null ? State : $"{State} (last check failed: {LastError})",
        NextCheckAt,
        LastCheckAt,
        LastCheck,
        running?.Current,
        recent,
        Rounds,
        Checks);

    /// <summary>Looks at the feedback once; runs a round when a threshold is reached. Returns the round's record, or
    /// null when none ran.</summary>
    public async Task<RoundRecord?> CheckOnceAsync()
    {
        State = "checking";
        FeedbackCheck check;
        try
        {
            check = await effects.CheckAsync(new(settings.Rules, settings.DataDir));
        }
        catch (RetrainingStepFailedException e)
        {
            LastError = e.Message;
            effects.Log($"feedback check failed, trying again at the next one: {e.Message}");
            return null;
        }

        LastError = null;
        Checks++;
        LastCheck = check;
        LastCheckAt = effects.UtcNow;
        if (!check.Triggered)
        {
            return null;
        }

        Rounds = Math.Max(Rounds + 1, check.NextRound);
        running = new RetrainingRound(effects, settings, s => State = s, release);
        var record = await running.RunAsync(Rounds, check);
        running = null;
        recent.Add(record);
        if (recent.Count > CoordinatorCarry.MaxRecent)
        {
            recent.RemoveAt(0);
        }

        return record;
    }
}
