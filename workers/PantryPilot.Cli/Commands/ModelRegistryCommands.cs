using System.CommandLine;
using System.Globalization;
using PantryPilot.Activities.Training;
using PantryPilot.Cli.Pipeline;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.RecipeModel;
using Spectre.Console;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot model list|promote|rollback|approve`: the model registry the inference pool serves from, and
/// the approval a run started with --require-approval waits for.</summary>
public static class ModelRegistryCommands
{
    private static Option<string> DataDir() => new("--data-dir")
    {
        Description = "Root of recipe-model data; the registry is <data-dir>/models/registry.json "
            + "(point the inference workers' Inference:RegistryPath at it)",
        DefaultValueFactory = _ => Path.Combine("data", "recipe-model"),
    };

    /// <summary>Adds the registry subcommands to the `model` command group.</summary>
    public static void AddTo(Command model)
    {
        model.Subcommands.Add(BuildList());
        model.Subcommands.Add(BuildPromote());
        model.Subcommands.Add(BuildRollback());
        model.Subcommands.Add(BuildApprove());
    }

    private static Command BuildList()
    {
        var dataDir = DataDir();
        var list = new Command(
            "list",
            "List the models in the registry; the promoted one (what the inference pool serves) is marked *")
        {
            dataDir
        };
        list.SetAction(parse => Guard(() =>
        {
            var registry = new ModelRegistry(Path.GetFullPath(parse.GetValue(dataDir)!));
            var document = registry.Read();
            if (document.Entries.Count == 0)
            {
                AnsiConsole.MarkupLineInterpolated($"no models registered in {registry.Path}");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns(
                "", "id", "adapter", "dataset snapshot", "raw compliance", "served compliance", "registered",
                "approved by");
            foreach (var e in document.Entries.OrderBy(e => e.RegisteredAt))
            {
                table.AddRow(
                    e.Id == document.Promoted ? "*" : string.Empty,
                    Markup.Escape(e.Id),
                    Markup.Escape(e.AdapterPath ?? "(base model)"),
                    Markup.Escape(e.DatasetSnapshotId),
                    Metric(e, "raw_compliance"),
                    Metric(e, "served_compliance"),
                    e.RegisteredAt.ToString("u", CultureInfo.InvariantCulture),
                    Markup.Escape(e.ApprovedBy ?? "-"));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated(
                $"{registry.Path}; promotions, oldest first: {string.Join(" -> ", document.History)}");
            return ExitCodes.Ok;
        }));
        return list;
    }

    private static Command BuildPromote()
    {
        var dataDir = DataDir();
        var id = new Argument<string>("id") { Description = "Registry id, as `model list` shows it" };
        var promote = new Command(
            "promote",
            "Serve this registered model (inference workers pick it up on their next registry read)") { dataDir, id };
        promote.SetAction(parse => Guard(() =>
        {
            var result = new ModelRegistry(Path.GetFullPath(parse.GetValue(dataDir)!)).Promote(parse.GetValue(id)!);
            AnsiConsole.MarkupLineInterpolated(
                $"promoted [bold]{result.Promoted}[/] (was {result.Previous ?? "nothing"}) in {result.RegistryPath}");
            return ExitCodes.Ok;
        }));
        return promote;
    }

    private static Command BuildRollback()
    {
        var dataDir = DataDir();
        var rollback = new Command("rollback", "Serve the model promoted before the current one again") { dataDir };
        rollback.SetAction(parse => Guard(() =>
        {
            var result = new ModelRegistry(Path.GetFullPath(parse.GetValue(dataDir)!)).Rollback();
            AnsiConsole.MarkupLineInterpolated(
                $"rolled back to [bold]{result.Promoted}[/] (was {result.Previous}) in {result.RegistryPath}");
            return ExitCodes.Ok;
        }));
        return rollback;
    }

    private static Command BuildApprove()
    {
        var id = new Option<string>("--id") { Description = "Workflow id (recipe-model-<name>)", Required = true };
        var by = new Option<string>("--by")
        {
            Description = "Who decides (recorded in the registry and the workflow)",
            Required = true
        };
        var refuse = new Option<bool>("--refuse")
        {
            Description = "Refuse instead of approving: the run stops without promoting"
        };
        var comment = new Option<string?>("--comment") { Description = "Why" };
        var approve = new Command(
            "approve",
            "Approve (or --refuse) the promotion a run started with --require-approval waits for (a workflow update: "
            + "answers whether it counted)") { id, by, refuse, comment };
        approve.SetAction(async (parse, ct) =>
        {
            if (await PipelineCommands.ConnectAsync(CliConfiguration.Load(), ct) is not { } connected)
            {
                return ExitCodes.BadInput;
            }

            var handle = connected.Client.GetWorkflowHandle<RecipeModelWorkflow>(parse.GetValue(id)!);
            try
            {
                var answer = await handle.ExecuteUpdateAsync(
                    wf => wf.DecideAsync(
                        new PromotionDecision(!parse.GetValue(refuse), parse.GetValue(by)!, parse.GetValue(comment))));
                AnsiConsole.MarkupLineInterpolated($"{answer}");
                return ExitCodes.Ok;
            }
            catch (WorkflowUpdateFailedException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]not accepted:[/] {e.InnerException?.Message ?? e.Message}");
                return ExitCodes.Stopped;
            }
        });
        return approve;
    }

    private static string Metric(ModelRegistryEntry entry, string name) =>
        entry.Metrics.TryGetValue(name, out var v) ? v.ToString("P1", CultureInfo.InvariantCulture) : "-";

    private static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is ModelRegistryException or InvalidDataException or IOException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.BadInput;
        }
    }
}
