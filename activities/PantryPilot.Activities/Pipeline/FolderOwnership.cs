using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.DataPipeline;
using Temporalio.Activities;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Pipeline;

/// <summary>One workflow run owns a data folder, across activities that may run on different workers: the holder in
/// <see cref="DataFolderLock"/> is the workflow run (<see cref="PipelineRun.Owner"/>), not a process. Every pipeline
/// activity runs its work through <see cref="RunAsync{T}"/>: it claims or checks ownership first (a second workflow, or
/// an in-process run, on the same folder fails at once with the non-retryable <see cref="FailureTypes.FolderBusy"/>
/// naming the holder), touches the lock (its lease), and the last activity releases it. When the run ends early (bad
/// input, or the workflow cancelled) the activity removes the run's staging folder and releases the lock, so nothing
/// half-written stays and the next run need not wait for the lease. No new activities: workflow histories are
/// unchanged. An in-process run (no owner) does none of this here: its process holds the lock for the whole
/// run.</summary>
public static class FolderOwnership
{
    public static async Task<T> RunAsync<T>(PipelineRun run, OwnershipStep step, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(work);
        if (run.Owner is not { } owner)
        {
            return await work();
        }

        try
        {
            Enter(run, owner, step, Log);
        }
        catch (DataFolderBusyException e)
        {
            RunPublisher.DeleteTree(DataPaths.StagingOf(run)); // what this run staged before it lost the folder
            throw new ApplicationFailureException(e.Message, FailureTypes.FolderBusy, nonRetryable: true);
        }

        try
        {
            var result = await work();
            if (step == OwnershipStep.Release)
            {
                DataFolderLock.Release(run.DataDir, owner);
            }

            return result;
        }
        catch (Exception e) when (EndsTheRun(e))
        {
            Abandon(run, owner);
            throw;
        }
    }

    /// <summary>Claims or checks the folder for <paramref name="owner"/>; throws <see cref="DataFolderBusyException"/>
    /// when someone else holds it.</summary>
    public static void Enter(PipelineRun run, FolderOwner owner, OwnershipStep step, Action<string>? onMessage = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(owner);
        bool fresh;
        try
        {
            fresh = DataFolderLock.Claim(run.DataDir, run.RunId, owner, onMessage);
        }
        catch (DataFolderBusyException e) when (step != OwnershipStep.Claim)
        {
            throw new DataFolderBusyException(
                $"workflow {owner.WorkflowId} (run {owner.WorkflowRunId}) no longer owns its data folder: {e.Message}");
        }

        if (fresh)
        {
            var removed = RunPublisher.CleanLeftovers(run.DataDir, keep: DataPaths.StagingOf(run));
            if (removed.Count > 0)
            {
                onMessage?.Invoke(
                    $"removed {removed.Count} leftover(s) of an interrupted run: "
                    + $"{string.Join(", ", removed.Take(5))}{(removed.Count > 5 ? ", ..." : string.Empty)}");
            }
        }
    }

    /// <summary>The run will not go on: its staging folder goes and the folder is free again.</summary>
    public static void Abandon(PipelineRun run, FolderOwner owner)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(owner);
        RunPublisher.FinishInterrupted(run); // a publish already decided is completed, never left half done
        RunPublisher.DeleteTree(DataPaths.StagingOf(run));
        DataFolderLock.Release(run.DataDir, owner);
    }

    /// <summary>Bad input fails the workflow (non-retryable); a cancel request cancels it. A timeout or an
    /// infrastructure fault is retried: the staging folder (holding the other stages' outputs) must stay for the
    /// retry.</summary>
    private static bool EndsTheRun(Exception e) => e switch
    {
        BadInputException => true,
        OperationCanceledException => CurrentActivity.Context?.CancelReason == ActivityCancelReason.CancelRequested,
        _ => false,
    };

    private static void Log(string message) => CurrentActivity.Logger?.LogFolderMessage(message);
}
