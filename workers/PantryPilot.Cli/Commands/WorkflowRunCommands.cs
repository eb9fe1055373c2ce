using System.CommandLine;
using Spectre.Console;
using Temporalio.Client;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Commands;

/// <summary>The `status` and `cancel` subcommands every flow's command group has: connect, find the workflow by id,
/// and say plainly when it does not exist. Each flow supplies only how its progress query is printed.</summary>
public static class WorkflowRunCommands
{
    public static Command Status<TWorkflow>(
        Option<string> idOption,
        string description,
        Func<WorkflowHandle<TWorkflow>, Task> printProgress)
    {
        var status = new Command("status", description);
        status.Options.Add(idOption);
        status.SetAction(async (parse, ct) =>
        {
            if (await PipelineCommands.ConnectAsync(CliConfiguration.Load(), ct) is not { } connected)
            {
                return ExitCodes.BadInput;
            }

            var id = parse.GetValue(idOption)!;
            var handle = connected.Client.GetWorkflowHandle<TWorkflow>(id);
            try
            {
                var described = await handle.DescribeAsync();
                AnsiConsole.MarkupLineInterpolated(
                    $"{id}: [bold]{described.Status}[/]  {connected.Settings.WorkflowUrl(id)}");
                await printProgress(handle);
                return ExitCodes.Ok;
            }
            catch (RpcException e) when (e.Code == RpcException.StatusCode.NotFound)
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"[red]no workflow {id}[/] in namespace {connected.Settings.Namespace}");
                return ExitCodes.BadInput;
            }
        });
        return status;
    }

    public static Command Cancel(Option<string> idOption, string description)
    {
        var cancel = new Command("cancel", description);
        cancel.Options.Add(idOption);
        cancel.SetAction(async (parse, ct) =>
        {
            if (await PipelineCommands.ConnectAsync(CliConfiguration.Load(), ct) is not { } connected)
            {
                return ExitCodes.BadInput;
            }

            var id = parse.GetValue(idOption)!;
            await connected.Client.GetWorkflowHandle(id).CancelAsync();
            AnsiConsole.MarkupLineInterpolated($"cancellation requested for {id}");
            return ExitCodes.Ok;
        });
        return cancel;
    }
}
