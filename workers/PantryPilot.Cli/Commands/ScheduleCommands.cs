using System.CommandLine;
using PantryPilot.Cli.Hosting;
using PantryPilot.Cli.Pipeline;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Hosting;
using PantryPilot.Workflows.DataPipeline;
using Spectre.Console;
using Temporalio.Api.Enums.V1;
using Temporalio.Client;
using Temporalio.Client.Schedules;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot schedule apply|describe|trigger|delete`: the daily 06:00 Temporal Schedule of the
/// pipeline.</summary>
public static class ScheduleCommands
{
    public static Command Build()
    {
        var command = new Command(
            "schedule",
            $"Manage the Temporal Schedule '{WorkflowIds.Schedule}' that runs the pipeline every day.");
        command.Subcommands.Add(BuildApply());
        command.Subcommands.Add(
            Simple("describe", "Show the schedule's spec, state and recent and next runs.", DescribeAsync));
        command.Subcommands.Add(Simple(
            "trigger",
            "Run the scheduled action now (overlap policy still applies).",
            async h =>
        {
            await h.TriggerAsync();
            AnsiConsole.MarkupLine("triggered");
        }));
        command.Subcommands.Add(Simple("delete", "Delete the schedule (runs already started go on).", async h =>
        {
            await h.DeleteAsync();
            AnsiConsole.MarkupLine("deleted");
        }));
        return command;
    }

    /// <summary>Longest a scheduled day may run: every stage's whole retry budget, and still below a day.</summary>
    public static readonly TimeSpan RunTimeout = DataPipelineStages.WorstCase + TimeSpan.FromHours(2);

    /// <summary>The schedule: every day at <paramref name="hour"/>:00 in <paramref name="timeZone"/>; a run still going
    /// when the next is due makes the next one skip; missed runs within the catch-up window are run when the server
    /// comes back. Each scheduled workflow dates its day from its scheduled start time in the same zone and runs the
    /// day's pipeline as pantry-pipeline-&lt;as-of&gt; (see ScheduledPipelineWorkflow).</summary>
    public static Schedule BuildSchedule(
        TemporalOptions settings,
        PipelineRun template,
        int hour,
        string timeZone,
        TimeSpan catchupWindow)
    {
        var input = new ScheduledPipelineInput(template, timeZone);
        // Temporal appends the scheduled time to this id, so each day's scheduled workflow has its own id.
        // The run timeout ends a stuck run before the next day is due, so overlap Skip can never block day after day.
        var action = ScheduleActionStartWorkflow.Create(
            (ScheduledPipelineWorkflow wf) => wf.RunAsync(input),
            new(WorkflowIds.Schedule, settings.TaskQueue) { RunTimeout = RunTimeout });
        var spec = new ScheduleSpec
        {
            Calendars =
            [
                new() { Hour = [new(hour)], Minute = [new(0)], Second = [new(0)], Comment = $"daily at {hour:00}:00" }
            ],
            TimeZoneName = timeZone,
        };
        return new(action, spec)
        {
            Policy = new() { Overlap = ScheduleOverlapPolicy.Skip, CatchupWindow = catchupWindow },
        };
    }

    /// <summary>The new schedule with the current one's state: a paused schedule stays paused, its note
    /// stays.</summary>
    public static Schedule KeepState(Schedule updated, Schedule current) => updated with { State = current.State };

    private static Command BuildApply()
    {
        var options = new PipelineRunOptions();
        var hour = new Option<int>("--hour")
        {
            Description = "Hour of the daily run (0-23)",
            DefaultValueFactory = _ => 6
        };
        var timeZone = new Option<string>("--time-zone")
        {
            Description = "IANA time zone of the hour (e.g. Europe/Berlin)",
            DefaultValueFactory = _ => "UTC"
        };
        var catchup = new Option<int>("--catchup-hours")
        {
            Description = "Missed runs younger than this are still run when the server is back",
            DefaultValueFactory = _ => 12
        };
        var apply = new Command("apply", "Create the schedule, or update it to these settings (idempotent).");
        options.AddTo(apply);
        apply.Options.Add(hour);
        apply.Options.Add(timeZone);
        apply.Options.Add(catchup);
        apply.SetAction(async (parse, ct) =>
        {
            var configuration = CliConfiguration.Load();
            if (parse.GetValue(hour) is < 0 or > 23)
            {
                AnsiConsole.MarkupLine("[red]error:[/] --hour must be 0-23");
                return ExitCodes.BadInput;
            }

            PipelineRun run;
            try
            {
                run = options.ToRun(parse, configuration, PipelineCommands.WorkerLocator(configuration));
            }
            catch (ArgumentException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadInput;
            }

            if (await PipelineCommands.ConnectAsync(configuration, ct) is not { } connected)
            {
                return ExitCodes.BadInput;
            }

            var schedule = BuildSchedule(
                connected.Settings,
                run,
                parse.GetValue(hour),
                parse.GetValue(timeZone)!,
                TimeSpan.FromHours(parse.GetValue(catchup)));
            try
            {
                await connected.Client.CreateScheduleAsync(WorkflowIds.Schedule, schedule);
                AnsiConsole.MarkupLineInterpolated($"created schedule {WorkflowIds.Schedule}");
            }
            catch (ScheduleAlreadyRunningException)
            {
                // Spec, action and policy are replaced; the state (paused or not, its note) is the operator's: kept.
                var paused = false;
                await connected.Client.GetScheduleHandle(WorkflowIds.Schedule).UpdateAsync(current =>
                {
                    paused = current.Description.Schedule.State.Paused;
                    return new(KeepState(schedule, current.Description.Schedule));
                });
                AnsiConsole.MarkupLineInterpolated(
                    $"updated schedule {WorkflowIds.Schedule}{(paused ? " (still paused)" : string.Empty)}");
            }

            return ExitCodes.Ok;
        });
        return apply;
    }

    private static Command Simple(string name, string description, Func<ScheduleHandle, Task> act)
    {
        var command = new Command(name, description);
        command.SetAction(async (parse, ct) =>
        {
            if (await PipelineCommands.ConnectAsync(CliConfiguration.Load(), ct) is not { } connected)
            {
                return ExitCodes.BadInput;
            }

            try
            {
                await act(connected.Client.GetScheduleHandle(WorkflowIds.Schedule));
                return ExitCodes.Ok;
            }
            catch (RpcException e) when (e.Code == RpcException.StatusCode.NotFound)
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"[red]no schedule {WorkflowIds.Schedule}[/]: create it with `pantrypilot schedule apply`");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static async Task DescribeAsync(ScheduleHandle handle)
    {
        var d = await handle.DescribeAsync();
        var spec = d.Schedule.Spec;
        var state = d.Schedule.State.Paused ? "paused" : "active";
        var timeZone = spec.TimeZoneName ?? "UTC";
        var policy = d.Schedule.Policy;
        AnsiConsole.MarkupLineInterpolated(
            $"{d.Id}: {state}, time zone {timeZone}, overlap {policy.Overlap}, catch-up {policy.CatchupWindow}");
        foreach (var c in spec.Calendars)
        {
            AnsiConsole.MarkupLineInterpolated(
                $"  calendar: {c.Comment ?? string.Join(",", c.Hour.Select(h => h.Start))}");
        }

        foreach (var next in d.Info.NextActionTimes.Take(3))
        {
            AnsiConsole.MarkupLineInterpolated($"  next run: {next:u}");
        }

        foreach (var recent in d.Info.RecentActions.TakeLast(5))
        {
            var started = (recent.Action as ScheduleActionExecutionStartWorkflow)?.WorkflowId;
            AnsiConsole.MarkupLineInterpolated($"  recent: {recent.ScheduledAt:u} -> {started}");
        }
    }
}
