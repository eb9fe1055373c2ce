using System.Runtime.CompilerServices;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Cli.Hosting;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Hosting;
using PantryPilot.Workflows.DataPipeline;
using Spectre.Console;
using Temporalio.Api.Enums.V1;
using Temporalio.Client;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Pipeline;

/// <summary>Starting, watching and steering DataPipelineWorkflow runs on a Temporal cluster.</summary>
public static class TemporalPipelineClient
{
    /// <summary>One run per day: the id is pantry-pipeline-&lt;as-of&gt; and a second start while one runs fails
    /// (WorkflowIdConflictPolicy.Fail) instead of running the same day twice. Every run has a run timeout (the
    /// pipeline's worst case), so one nobody serves any more (a `pipeline run --temporal` process killed outright)
    /// still ends, and its folder lock lapses.</summary>
    public static WorkflowOptions StartOptions(TemporalOptions settings, string workflowId)
        => new(workflowId, settings.TaskQueue)
        {
            IdConflictPolicy = WorkflowIdConflictPolicy.Fail,
            IdReusePolicy = WorkflowIdReusePolicy.AllowDuplicate,
            RunTimeout = DataPipelineStages.RunTimeout,
        };

    /// <summary>How long a cancelled local run gets to stop (its activities acknowledge and clean up) before it is
    /// terminated: the worker's graceful shutdown, well inside the time the process is given after Ctrl-C
    /// (<see cref="PantryPilotCli.ProcessTerminationTimeout"/>).</summary>
    public static readonly TimeSpan CancelGrace = WorkerHostExtensions.GracefulShutdown;

    /// <summary>Before a start: fails fast (exit 7, the holder named) when the data folder's lock names a run that is
    /// still going, and takes over the lock of a workflow run the server says has ended (or no longer knows), saying
    /// so, so the new run need not wait for that lock's lease. Returns the exit code to stop with, or null to go on. A
    /// data folder this machine cannot see is left to the workers' own claim (the first activity fails just as
    /// fast).</summary>
    public static async Task<int?> CheckFolderAsync(ITemporalClient client, PipelineRun run)
    {
        var path = DataFolderLock.PathOf(run.DataDir);
        if (!File.Exists(path) || DataFolderLock.Read(path) is not { } holder)
        {
            return null;
        }

        if (holder.IsWorkflow)
        {
            string status;
            try
            {
                var description = await client.GetWorkflowHandle(
                    holder.WorkflowId!,
                    runId: holder.WorkflowRunId).DescribeAsync();
                status = description.Status.ToString().ToLowerInvariant();
                if (description.Status == WorkflowExecutionStatus.Running)
                {
                    return Busy(
                        $"{Path.GetFullPath(run.DataDir)} is in use by {holder.Describe()}, which is still running; "
                        + "wait for it or use another --data-dir");
                }
            }
            catch (RpcException e) when (e.Code == RpcException.StatusCode.NotFound)
            {
                status = "not known to the server";
            }

            DataFolderLock.TakeOverEnded(
                run.DataDir,
                holder,
                status,
                m => AnsiConsole.MarkupLineInterpolated($"[yellow]{m}[/]"));
            return null;
        }

        if (DataFolderLock.IsStale(holder, File.GetLastWriteTimeUtc(path)))
        {
            return null; // a dead process on this host: the claim takes it over with a message
        }

        return Busy(
            $"{Path.GetFullPath(run.DataDir)} is in use by {holder.Describe()}; "
            + $"wait for it to finish or use another --data-dir (lock file {path})");

        static int Busy(string message)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {message}");
            return ExitCodes.FolderBusy;
        }
    }

    /// <summary>Starts the run; null (with the message printed) when that day's run is already going.</summary>
    public static async Task<WorkflowHandle<DataPipelineWorkflow, PipelineSummary>?> StartAsync(
        ITemporalClient client,
        TemporalOptions settings,
        PipelineRun run)
    {
        try
        {
            var handle = await client.StartWorkflowAsync(
                (DataPipelineWorkflow wf) => wf.RunAsync(run),
                StartOptions(settings, run.RunId));
            AnsiConsole.MarkupLineInterpolated(
                $"Started workflow [bold]{handle.Id}[/] on task queue {settings.TaskQueue}");
            AnsiConsole.MarkupLineInterpolated($"Web UI: {settings.WorkflowUrl(handle.Id)}");
            return handle;
        }
        catch (WorkflowAlreadyStartedException)
        {
            AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
                "[yellow]{0} is already running[/]: watch it with `pantrypilot pipeline status --id {0}` or {1}",
                run.RunId,
                settings.WorkflowUrl(run.RunId)));
            return null;
        }
    }

    /// <summary>How long the watch keeps asking when no worker answers the progress query.</summary>
    public static readonly TimeSpan UnansweredLimit = TimeSpan.FromMinutes(2);

    /// <summary>Streams progress lines from the Progress query until the run ends; returns the exit code. The run is
    /// this process's own (`pipeline run --temporal`: its task queue is polled by the worker in this process alone), so
    /// it never outlives the watch: interrupted (<paramref name="ct"/>), the run is cancelled and awaited while the
    /// worker here still serves it, and terminated if it has not ended within <paramref name="cancelGrace"/>; when
    /// <paramref name="workerStopping"/> fires (the worker here is gone) it is terminated at once. Exits 6 when no
    /// worker has answered for <see cref="UnansweredLimit"/> (the run itself is then left to its run
    /// timeout).</summary>
    /// <param name="run">The run as started: output paths are then printed as published (not as staged).</param>
    public static async Task<int> WatchAsync(
        WorkflowHandle<DataPipelineWorkflow, PipelineSummary> handle,
        CancellationToken ct,
        CancellationToken workerStopping = default,
        PipelineRun? run = null,
        TimeSpan? cancelGrace = null)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var printer = new ProgressPrinter();
        var result = handle.GetResultAsync();
        var stopped = Task.WhenAny(Task.Delay(Timeout.Infinite, ct), Task.Delay(Timeout.Infinite, workerStopping));
        var lastAnswer = DateTime.UtcNow;
        while (!result.IsCompleted)
        {
            if (workerStopping.IsCancellationRequested)
            {
                await handle.TerminateAsync(
                    "the worker of this `pantrypilot pipeline run --temporal` process stopped; "
                    + "nothing else serves the run's task queue");
                AnsiConsole.MarkupLineInterpolated(
                    $"[red]the worker in this process stopped[/]; {handle.Id} was terminated (no one else serves it)");
                return ExitCodes.TemporalUnreachable;
            }

            if (ct.IsCancellationRequested)
            {
                return await EndInterruptedAsync(handle, result, cancelGrace ?? CancelGrace);
            }

            try
            {
                printer.Print(await handle.QueryAsync(wf => wf.Progress).WaitAsync(TimeSpan.FromSeconds(10), ct));
                lastAnswer = DateTime.UtcNow;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                continue; // ends the run at the top of the loop
            }
            catch (Exception e) when (e is RpcException or WorkflowQueryFailedException or TimeoutException)
            {
                // A query needs a worker; a short gap (e.g. a worker restarting) is not fatal to watching.
                if (DateTime.UtcNow - lastAnswer > UnansweredLimit)
                {
                    AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
                        "[red]no worker has answered for {0:F0} minutes[/] ({1}); stopped watching {2}: "
                        + "see `pantrypilot pipeline status --id {2}`",
                        UnansweredLimit.TotalMinutes,
                        e.GetType().Name,
                        handle.Id));
                    return ExitCodes.TemporalUnreachable;
                }
            }

            await Task.WhenAny(result, Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None), stopped);
        }

        try
        {
            var summary = await result;
            RunSummaryPrinter.Print(
                run is null || handle.ResultRunId is null
                    ? null
                    : run with { Owner = new(handle.Id, handle.ResultRunId) },
                summary);
            return summary.RowsConserved ? ExitCodes.Ok : ExitCodes.DataLost;
        }
        catch (WorkflowFailedException e) when (FailureOf(e, FailureTypes.FolderBusy) is { } busy)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {busy.Message}");
            return ExitCodes.FolderBusy;
        }
        catch (WorkflowFailedException e)
            when (e.InnerException is ApplicationFailureException { ErrorType: FailureTypes.ValidationFailed } f)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]stopped:[/] {f.Message}");
            return ExitCodes.Stopped;
        }
        catch (WorkflowFailedException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]failed:[/] {Describe(e)}");
            return e.InnerException is CanceledFailureException ? ExitCodes.Cancelled : ExitCodes.InternalError;
        }
    }

    /// <summary>Ctrl-C on a local run: cancel it (its activities stop and clean up through the worker still running in
    /// this process), wait for it to end, and terminate it if it has not ended within <paramref
    /// name="grace"/>.</summary>
    private static async Task<int> EndInterruptedAsync(
        WorkflowHandle<DataPipelineWorkflow, PipelineSummary> handle, Task<PipelineSummary> result, TimeSpan grace)
    {
        AnsiConsole.MarkupLineInterpolated(
            $"[yellow]interrupted[/]: cancelling {handle.Id}, waiting up to {grace.TotalSeconds:F0}s for it to stop");
        await handle.CancelAsync();
        try
        {
            await result.WaitAsync(grace);
        }
        catch (TimeoutException)
        {
            await handle.TerminateAsync(
                $"cancelled by Ctrl-C and not ended within {grace.TotalSeconds:F0}s; "
                + "nothing else serves the run's task queue");
            AnsiConsole.MarkupLineInterpolated($"[red]{handle.Id} did not stop in time and was terminated[/]");
            return ExitCodes.Cancelled;
        }
        catch (WorkflowFailedException)
        {
            // Ended cancelled (or failed while stopping): either way it is over.
        }

        AnsiConsole.MarkupLineInterpolated($"[yellow]{handle.Id} cancelled[/]");
        return ExitCodes.Cancelled;
    }

    /// <summary>The application failure of <paramref name="errorType"/> anywhere in the cause chain (an activity's
    /// failure arrives wrapped: workflow failed &lt;- activity failed &lt;- application failure).</summary>
    public static ApplicationFailureException? FailureOf(Exception e, string errorType)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is ApplicationFailureException f && f.ErrorType == errorType)
            {
                return f;
            }
        }

        return null;
    }

    public static string Describe(Exception e)
    {
        var parts = new List<string>();
        for (var x = e; x is not null; x = x.InnerException)
        {
            parts.Add(x.Message);
        }

        return string.Join(" <- ", parts);
    }
}
