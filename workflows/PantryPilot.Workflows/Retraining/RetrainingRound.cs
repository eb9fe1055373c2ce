using System.Globalization;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Contracts.Serving;

namespace PantryPilot.Workflows.Retraining;

/// <summary>One retraining round: build the dataset from feedback → run the recipe-model flow on it (train →
/// evaluate → notify → wait for a verified approval → promote, in the child run) → make sure the inference pool serves
/// what was promoted, else roll the registry back. Every way it can end is a <see cref="RoundOutcome"/> with a
/// sentence, and a notice where a person should hear of it. Deterministic: it only orchestrates through
/// <see cref="IRetrainingEffects"/>, so the workflow and the in-process run share it. <paramref name="release"/>: the
/// coordinator's release (docs/temporal.md); release 1 sent no notice for a refused or timed-out approval.</summary>
public sealed class RetrainingRound(
    IRetrainingEffects effects,
    RetrainingSettings settings,
    Action<string> setState,
    int release = RetrainingRound.LatestRelease)
{
    public const int LatestRelease = 2;

    public RoundRecord? Current { get; private set; }

    public async Task<RoundRecord> RunAsync(int round, FeedbackCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var name = RetrainingNames.DatasetName(round);
        var runId = RecipeModelDefaults.WorkflowId(name);
        Current = new RoundRecord(
            round,
            runId,
            effects.UtcNow,
            null,
            check.Reasons,
            RoundOutcome.Running,
            null,
            null,
            "building the dataset from feedback");
        effects.Log($"retraining round {round} ({runId}): {string.Join("; ", check.Reasons)}");

        setState("building");
        FeedbackDatasetOutput dataset;
        try
        {
            dataset = await effects.BuildDatasetAsync(new(
                round,
                settings.DataDir,
                name,
                settings.ValidShare,
                settings.Seed,
                settings.MinSamples));
        }
        catch (RetrainingStepFailedException e)
        {
            return Failed(
                runId,
                "build-dataset",
                RoundOutcome.DatasetFailed,
                $"the dataset could not be built: {e.Message}");
        }

        if (dataset.Mode == FeedbackTrainingMode.None || dataset.TrainFolder is null)
        {
            return Failed(
                runId,
                "build-dataset",
                RoundOutcome.NothingToTrain,
                $"nothing to train on: {dataset.Why ?? "no samples kept"}; see {dataset.RemovedPath}");
        }

        Current = Current with
        {
            Detail = Text($"training on {dataset.TrainSamples} {Kind(dataset.Mode)} ")
                + Text($"(snapshot {Short(dataset.SnapshotId)}); {dataset.Removed} feedback rows removed"),
        };
        setState("training");
        var child = await effects.RunRecipeModelAsync(runId, RoundInput.For(settings, name, dataset));
        if (child.Output?.Model is not { } model)
        {
            return child.ErrorType == PromotionGateNames.Refused
                ? Failed(
                    runId,
                    "promote",
                    RoundOutcome.GateRefused,
                    $"the promotion gate refused the best checkpoint: {child.Error}")
                : Failed(
                    runId,
                    "recipe-model",
                    RoundOutcome.TrainingFailed,
                    $"{runId} failed{(child.ErrorType is null ? string.Empty : $" ({child.ErrorType})")}: "
                    + $"{child.Error}");
        }

        switch (model.Train.Status)
        {
            case TrainStatus.NoTrainer:
                return Failed(runId, "train", RoundOutcome.NoTrainer, model.Train.Message);
            case TrainStatus.NoTrainerHost:
                return Failed(runId, "train", RoundOutcome.NoTrainerHost, model.Train.Message);
        }

        var promotion = model.Promotion;
        switch (promotion.Status)
        {
            case "refused":
                return Undecided(runId, End(
                    RoundOutcome.Refused,
                    promotion.EntryId,
                    promotion.DecidedBy,
                    $"{promotion.EntryId} refused by {promotion.DecidedBy}{Comment(promotion)}"));
            case "timed-out":
                return Undecided(runId, End(
                    RoundOutcome.TimedOut,
                    promotion.EntryId,
                    null,
                    $"no verified decision on {promotion.EntryId} before the approval timeout: not promoted"));
            case "promoted":
                break;
            default:
                return Failed(runId, "checkpoint-evaluate", RoundOutcome.NothingToPromote,
                    $"no trained checkpoint could be promoted ({promotion.Status}); see "
                    + $"{model.Comparison?.HtmlPath ?? "the run's evaluation"}");
        }

        var entry = promotion.EntryId!;
        var previous = promotion.Registry?.Previous;
        effects.Notify(new PromotionDoneEvent(
            NotificationEvent.Key(NotificationKinds.PromotionDone, entry),
            effects.UtcNow,
            entry,
            previous,
            promotion.DecidedBy));
        return await CheckServedAsync(entry, previous, promotion.DecidedBy);
    }

    /// <summary>The loop closes only when the inference pool serves what was promoted: ask a serving worker, and roll
    /// the registry back when it says it cannot.</summary>
    private async Task<RoundRecord> CheckServedAsync(string entry, string? previous, string? approver)
    {
        setState("checking-served");
        ServedModelOutput served;
        try
        {
            served = await effects.ServedModelAsync(new(entry));
        }
        catch (RetrainingStepFailedException e)
        {
            return End(
                RoundOutcome.Promoted,
                entry,
                approver,
                $"{entry} promoted (approved by {approver}); not verified: no inference worker answered ({e.Message})");
        }

        if (served.Problem is null && served.EntryId == entry)
        {
            return End(
                RoundOutcome.Promoted,
                entry,
                approver,
                $"{entry} promoted (approved by {approver}) and served by {served.Host} as '{served.Adapter}'");
        }

        setState("rolling-back");
        var reason = served.Problem
            ?? $"the inference worker {served.Host} serves '{served.EntryId ?? "the base model"}' instead";
        RollbackModelOutput rolled;
        try
        {
            rolled = await effects.RollbackAsync(new(settings.DataDir, entry, reason));
        }
        catch (RetrainingStepFailedException e)
        {
            return End(
                RoundOutcome.Promoted,
                entry,
                approver,
                $"{entry} promoted but not served ({reason}); the rollback failed: {e.Message}");
        }

        var to = rolled.Promoted ?? previous ?? "the base model";
        effects.Notify(new PromotionRolledBackEvent(
            NotificationEvent.Key(NotificationKinds.PromotionRolledBack, entry),
            effects.UtcNow,
            entry,
            to,
            RetrainingNames.WorkflowId,
            reason));
        return End(RoundOutcome.RolledBack, entry, approver, $"{entry} promoted, then rolled back to {to}: {reason}");
    }

    /// <summary>Release 2: a refusal or a timed-out wait is heard of too (a timeout otherwise ends in
    /// silence).</summary>
    private RoundRecord Undecided(string runId, RoundRecord record)
    {
        if (release >= 2)
        {
            var key = NotificationEvent.Key(NotificationKinds.TrainingFailed, runId, "approval");
            effects.Notify(new TrainingFailedEvent(
                key, effects.UtcNow, runId, "approval", $"{record.Outcome}: {record.Detail}"));
        }

        return record;
    }

    private RoundRecord Failed(string runId, string stage, RoundOutcome outcome, string detail)
    {
        effects.Notify(new TrainingFailedEvent(
            NotificationEvent.Key(NotificationKinds.TrainingFailed, runId, stage),
            effects.UtcNow,
            runId,
            stage,
            $"{outcome}: {detail}"));
        return End(outcome, null, null, detail);
    }

    private RoundRecord End(RoundOutcome outcome, string? entry, string? decidedBy, string detail)
    {
        var record = Current! with
        {
            EndedAt = effects.UtcNow,
            Outcome = outcome,
            EntryId = entry,
            DecidedBy = decidedBy,
            Detail = detail,
        };
        effects.Log($"retraining round {record.Round}: {outcome}: {detail}");
        Current = null;
        return record;
    }

    private static string Kind(FeedbackTrainingMode mode)
        => mode == FeedbackTrainingMode.Preference ? "preference pairs" : "liked recipes";

    private static string Comment(PromotionOutcome promotion)
        => promotion.Comment is { Length: > 0 } c ? $" ({c})" : string.Empty;

    private static string Short(string id) => id.Length > 12 ? id[..12] : id;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
