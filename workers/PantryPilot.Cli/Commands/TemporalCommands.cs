using System.CommandLine;
using PantryPilot.Contracts.DataPipeline;
using Spectre.Console;
using Temporalio.Api.Enums.V1;
using Temporalio.Api.OperatorService.V1;
using Temporalio.Common;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot temporal setup`: what a namespace needs once before pipeline runs can record
/// themselves.</summary>
public static class TemporalCommands
{
    public static Command Build()
    {
        var command = new Command("temporal", "Prepare the Temporal namespace for PantryPilot.");
        var setup = new Command(
            "setup",
            "Register the custom search attributes the pipeline sets (PantryAsOf, PantrySource, PantryOutcome), "
            + "so the Web UI can find runs by day, source and outcome. Idempotent.");
        setup.SetAction(async (parse, ct) =>
        {
            if (await PipelineCommands.ConnectAsync(CliConfiguration.Load(), ct) is not { } connected)
            {
                return ExitCodes.BadInput;
            }

            var request = new AddSearchAttributesRequest { Namespace = connected.Settings.Namespace };
            foreach (var key in PipelineSearchAttributes.All)
            {
                request.SearchAttributes[key.Name] = IndexedType(key);
            }

            try
            {
                await connected.Client.Connection.OperatorService.AddSearchAttributesAsync(request);
                var keys = string.Join(", ", request.SearchAttributes.Keys);
                AnsiConsole.MarkupLineInterpolated($"registered {keys} in namespace {connected.Settings.Namespace}");
            }
            catch (RpcException e) when (e.Code == RpcException.StatusCode.AlreadyExists)
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"search attributes already registered in namespace {connected.Settings.Namespace}");
            }

            return ExitCodes.Ok;
        });
        command.Subcommands.Add(setup);
        return command;
    }

    /// <summary>The equivalent Temporal CLI lines (docs/temporal.md shows them; a test keeps the two in
    /// step).</summary>
    public static IEnumerable<string> CliLines(string @namespace)
        => PipelineSearchAttributes.All.Select(
            k => $"temporal operator search-attribute create --namespace {@namespace} --name {k.Name} --type "
                + $"{IndexedType(k)}");

    private static IndexedValueType IndexedType(SearchAttributeKey key) => key.ValueType;
}
