using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.RecipeModel;
using PantryPilot.Activities.Training;
using PantryPilot.Cli.Hosting;
using PantryPilot.Cli.Pipeline;
using PantryPilot.Cli.RecipeModel;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Storage;
using PantryPilot.Hosting;
using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Teaching;
using PantryPilot.Workflows.RecipeModel;
using Spectre.Console;
using Temporalio.Api.Enums.V1;
using Temporalio.Client;
using Temporalio.Exceptions;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot model run|start|status|cancel|filter`: the recipe-model flow (dataset-generate → filter
/// → split → train → checkpoint-evaluate → promote); the registry and approval subcommands are added beside
/// them.</summary>
public static class ModelCommands
{
    private static readonly Option<string> IdOption = new("--id")
    {
        Description = "Workflow id (recipe-model-<name>)",
        Required = true
    };

    public static Command Build()
    {
        var command = new Command(
            "model",
            "The recipe-model flow: dataset-generate -> filter -> split (versioned) -> train -> checkpoint-evaluate "
            + "-> promote; and the registry of models the inference pool serves.");
        command.Subcommands.Add(BuildRun());
        command.Subcommands.Add(BuildStart());
        command.Subcommands.Add(BuildStatus());
        command.Subcommands.Add(BuildCancel());
        command.Subcommands.Add(BuildFilter());
        ModelRegistryCommands.AddTo(command);
        ApprovalLinkCommands.AddTo(command);
        return command;
    }

    private static Command BuildRun()
    {
        var options = new ModelRunOptions();
        var training = new ModelTrainingCliOptions();
        var run = new Command(
            "run",
            "Run the flow now, in this process (no Temporal server, no database): the same stage graph the workflow "
            + "runs. Default: the offline template teacher, 500 samples.");
        options.AddTo(run);
        training.AddTo(run);
        run.SetAction(async (parse, ct) =>
        {
            if (!TryInput(options, training, parse, defaultName: true, DataLocator.Local, out var input))
            {
                return ExitCodes.BadInput;
            }

            if (InProcessApproval(input, training.PresetDecision(parse)) is not { } approvals)
            {
                return ExitCodes.BadInput;
            }

            return await RunInProcessAsync(input, CliConfiguration.Load(), ct, approvals);
        });
        return run;
    }

    private static Command BuildStart()
    {
        var options = new ModelRunOptions();
        var training = new ModelTrainingCliOptions();
        var start = new Command(
            "start",
            "Start the flow as workflow recipe-model-<name> on the Temporal cluster (TEMPORAL_ADDRESS) and return; "
            + "`pantrypilot worker` processes run it.");
        options.AddTo(start);
        training.AddTo(start);
        start.SetAction(async (parse, ct) =>
        {
            var configuration = CliConfiguration.Load();
            if (!TryInput(
                    options,
                    training,
                    parse,
                    defaultName: false,
                    PipelineCommands.WorkerLocator(configuration),
                    out var input)
                || await PipelineCommands.ConnectAsync(configuration, ct) is not { } connected)
            {
                return ExitCodes.BadInput;
            }

            // Without --name the workflow names the dataset by its own date; the id must match, so compute it the
            // same way.
            var id = RecipeModelDefaults.WorkflowId(
                input.DatasetName
                ?? DateOnly.FromDateTime(DateTime.UtcNow)
                    .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            input = input with { DatasetName = input.DatasetName ?? id["recipe-model-".Length..] };
            try
            {
                var handle = await connected.Client.StartWorkflowAsync(
                    (RecipeModelWorkflow wf) => wf.RunAsync(input),
                    new WorkflowOptions(id, connected.Settings.TaskQueue)
                    {
                        IdConflictPolicy = WorkflowIdConflictPolicy.Fail
                    });
                AnsiConsole.MarkupLineInterpolated(
                    $"Started workflow [bold]{handle.Id}[/] on task queue {connected.Settings.TaskQueue}");
                AnsiConsole.MarkupLineInterpolated($"Web UI: {connected.Settings.WorkflowUrl(handle.Id)}");
                AnsiConsole.MarkupLineInterpolated($"Watch it: pantrypilot model status --id {handle.Id}");
                return ExitCodes.Ok;
            }
            catch (WorkflowAlreadyStartedException)
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"[yellow]{id} is already running[/]: pantrypilot model status --id {id}");
                return ExitCodes.AlreadyRunning;
            }
        });
        return start;
    }

    private static Command BuildStatus() => WorkflowRunCommands.Status<RecipeModelWorkflow>(
        IdOption,
        "Show a run's state and live progress (its Progress query).",
        async handle =>
        {
            var progress = await handle.QueryAsync(wf => wf.Progress);
            AnsiConsole.MarkupLineInterpolated($"  batches {progress.BatchesDone}/{progress.BatchesTotal}");
            foreach (var s in progress.Stages)
            {
                AnsiConsole.MarkupInterpolated($"  {s.Stage,-18} {s.State,-10} {s.In,8:N0} in {s.Out,8:N0} out ");
                AnsiConsole.MarkupLineInterpolated($"{s.Removed,8:N0} removed  {s.Detail}");
            }
        });

    private static Command BuildCancel() =>
        WorkflowRunCommands.Cancel(
            IdOption,
            "Cancel a run: running batches are cancelled; batches already written stay, so starting the same name "
            + "again resumes.");

    private static Command BuildFilter()
    {
        var inputOption = new Option<string[]>("--input")
        {
            Description = "Sample file(s), JSON lines: the project's samples, mlx-lm chat, completions or text, or the "
                + "original system's teacher layout",
            Required = true,
            AllowMultipleArgumentsPerToken = true
        };
        var outOption = new Option<string>("--out")
        {
            Description = "Output folder: kept.jsonl, removed.jsonl, filter_stats.csv, filter_conversion.csv, "
                + "filter.html (a page per removal reason in filter-reasons/), filter.png",
            Required = true
        };
        var filterOptions = new FilterCommandOptions();
        var filter = new Command("filter", "Run the recipe-model filter alone on sample files.");
        filter.Options.Add(inputOption);
        filter.Options.Add(outOption);
        filterOptions.AddTo(filter);

        filter.SetAction(async (parse, ct) =>
        {
            FilterOptions options;
            try
            {
                options = filterOptions.Read(parse);
            }
            catch (ArgumentException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadInput;
            }

            var inputs = parse.GetValue(inputOption)!;
            if (inputs.FirstOrDefault(Directory.Exists) is { } folder)
            {
                AnsiConsole.MarkupInterpolated($"[red]error:[/] --input '{folder}' is a folder: ");
                AnsiConsole.MarkupLineInterpolated(
                    $"give the sample files in it (e.g. --input {Path.Combine(folder, "*.jsonl")})");
                return ExitCodes.BadInput;
            }

            var missing = inputs.Where(i => !File.Exists(i)).ToArray();
            if (missing.Length > 0)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] not found: {string.Join(", ", missing)}");
                return ExitCodes.BadInput;
            }

            var outDir = parse.GetValue(outOption)!;
            FilterDatasetOutput output;
            try
            {
                output = await new DatasetFilter(RecipeDiet.Default).FilterAsync(
                    inputs,
                    outDir,
                    outDir,
                    DatasetFilter.SettingsOf(options),
                    string.Join(", ", inputs.Select(Path.GetFileName)),
                    n => AnsiConsole.MarkupLineInterpolated($"[grey]{n:N0} samples read[/]"),
                    ct);
            }
            catch (BadInputException e)
            {
                // Nothing is committed: kept.jsonl and removed.jsonl are only renamed into place once every line is
                // read.
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadInput;
            }
            var reasons = string.Join(
                ", ",
                output.RemovedByReason.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value:N0}"));
            AnsiConsole.MarkupInterpolated(
                $"{output.SamplesIn:N0} samples: [green]{output.Kept:N0} kept[/], {output.Removed:N0} removed ");
            AnsiConsole.MarkupLineInterpolated($"({reasons}); {output.PromptsRebuilt:N0} prompts rebuilt");
            AnsiConsole.MarkupInterpolated(
                $"Wrote {output.KeptPath}, {output.RemovedPath}, {output.StatsCsvPath}, {output.ReportHtmlPath} ");
            var reasonPages = Path.Combine(Path.GetDirectoryName(output.ReportHtmlPath)!, RemovalReport.Folder);
            AnsiConsole.MarkupLineInterpolated($"(a page per removal reason in {reasonPages})");
            if (!output.Conserved)
            {
                return ExitCodes.DataLost;
            }

            if (output.SamplesIn == 0)
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"[red]error:[/] no sample lines in {string.Join(", ", inputs)}: nothing to filter");
                return ExitCodes.BadInput;
            }

            if (output.Kept == 0)
            {
                // The same verdict the workflow gives: a training set with nothing in it is a failed filter, not a
                // result.
                AnsiConsole.MarkupInterpolated($"[red]error:[/] every sample was removed: nothing to train on ");
                AnsiConsole.MarkupLineInterpolated($"(each line's reasons are in {output.RemovedPath})");
                return ExitCodes.Stopped;
            }

            return ExitCodes.Ok;
        });
        return filter;
    }

    /// <summary>Who decides an in-process promotion: the --approve-as decision given up front; else, when approval is
    /// required, the person at the terminal (a prompt that waits the approval timeout); with no terminal either, null:
    /// the run is refused before any work, instead of running for hours to end in a decision nobody can give.</summary>
    public static IApprovalGate? InProcessApproval(RecipeModelInput input, PromotionDecision? preset)
    {
        if (preset is not null || input.Promotion?.Approval?.Required != true)
        {
            return new PresetApprovalGate(preset);
        }

        if (Console.IsInputRedirected)
        {
            AnsiConsole.MarkupLine(
                "[red]error:[/] --require-approval in an in-process run needs a person: run it in a terminal (it "
                + "prompts and waits), give [bold]--approve-as NAME[/] to approve up front, or start it on Temporal "
                + "with `model start` and decide with `model approve`");
            return null;
        }

        return new PromptApprovalGate(Console.In, Console.Out);
    }

    public static async Task<int> RunInProcessAsync(
        RecipeModelInput input,
        IConfiguration configuration,
        CancellationToken ct,
        IApprovalGate? approvals = null)
    {
        // In process, the operator's working directory is the root, as for every local run.
        var root = DataRoot.ForLocalRun(Directory.GetCurrentDirectory());
        var collection = new ServiceCollection().AddLogging().AddRecipeModelActivities(configuration, root);
        try
        {
            collection.AddModelTrainingActivities(configuration, root);
            if (input.Evaluation?.Enabled == true || input.Teacher?.Kind == TeacherKind.InferencePool)
            {
                // Evaluation and the inference-pool teacher run the pool's activities in this process: the model loads
                // once, on first use, from the configured path (Inference:ModelPath, PANTRYPILOT_MODEL_PATH).
                collection.AddRecipeInference(configuration);
            }
        }
        catch (InvalidOperationException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.BadInput;
        }

        var services = collection.BuildServiceProvider();
        await using (services)
        {
            var run = RecipeModelRun.From(input, input.DatasetName!);
            AnsiConsole.MarkupLineInterpolated(
                $"[grey]No Temporal server needed: running the recipe-model stage graph in-process.[/]");
            AnsiConsole.MarkupInterpolated($"Run [bold]{run.RunId}[/]: {input.SampleCount:N0} samples, ");
            AnsiConsole.MarkupLineInterpolated($"teacher {run.Teacher.Kind}, dataset in {run.DatasetDir}");
            var printer = new ProgressPrinter();
            var flow = new RecipeModelFlow(
                new InProcessStageRunner(
                    services,
                    _ => { },
                    ct,
                    line => AnsiConsole.MarkupLineInterpolated($"[yellow]{line}[/]"),
                    activityTypes:
                    [
                        .. RecipeModelRegistration.ActivityTypes,
                        .. TrainingRegistration.InProcessActivityTypes,
                        typeof(CheckpointEvaluationActivities),
                        typeof(InferencePoolTeacherActivities)
                    ]),
                printer.Print,
                approvals);
            try
            {
                var output = await flow.RunAsync(run).WaitAsync(ct);
                ModelSummaryPrinter.PrintSummary(output);
                ModelTrainingPrinter.PrintSummary(output.Model);
                if (!output.Filter.Conserved)
                {
                    return ExitCodes.DataLost;
                }

                if (input.Promotion?.Enabled == true
                    && output.Model?.Promotion.Status is { } status
                    && status != "promoted")
                {
                    var decidedBy = output.Model.Promotion.DecidedBy is { } by ? $" by {by}" : string.Empty;
                    AnsiConsole.MarkupLineInterpolated($"[yellow]not promoted[/]: {status}{decidedBy}");
                    return ExitCodes.NotPromoted;
                }

                return ExitCodes.Ok;
            }
            catch (ApplicationFailureException e) when (e.ErrorType == PromotionGateNames.Refused)
            {
                // The run's data and evaluation are done and kept; only the promotion was refused, by the one rule.
                AnsiConsole.MarkupLineInterpolated($"[yellow]not promoted (promotion gate):[/] {e.Message}");
                AnsiConsole.MarkupLine(
                    "The floors are Promotion:Floors:* on this host (docs/notifications.md, \"Promotion gate\").");
                return ExitCodes.NotPromoted;
            }
            catch (ApplicationFailureException e) when (e.ErrorType == RecipeModelFailures.NothingKept)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]stopped:[/] {e.Message}");
                return ExitCodes.Stopped;
            }
            catch (ApplicationFailureException e) when (e.ErrorType == RecipeModelFailures.InvalidInput)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadInput;
            }
            catch (ApplicationFailureException e) when (e.NonRetryable)
            {
                // Part 2's configuration errors (trainer not found, bad template, nothing left to shrink after out of
                // memory).
                AnsiConsole.MarkupLineInterpolated($"[red]error ({e.ErrorType}):[/] {e.Message}");
                return ExitCodes.BadInput;
            }
            catch (ApplicationFailureException e)
            {
                // In process there is no retry: say how to resume (the store keeps the checkpoints and the training
                // state).
                AnsiConsole.MarkupLineInterpolated($"[red]failed ({e.ErrorType}):[/] {e.Message}");
                AnsiConsole.MarkupLine(
                    "Run the same command (same --name) again: training resumes from the latest checkpoint.");
                return ExitCodes.InternalError;
            }
            catch (BadInputException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadInput;
            }
            catch (OperationCanceledException)
            {
                AnsiConsole.MarkupLine(
                    "[yellow]cancelled[/]: batches already written stay; run the same --name again to resume");
                return ExitCodes.Cancelled;
            }
        }
    }

    private static bool TryInput(
        ModelRunOptions options,
        ModelTrainingCliOptions training,
        ParseResult parse,
        bool defaultName,
        DataLocator locator,
        out RecipeModelInput input)
    {
        try
        {
            input = training.Apply(parse, options.ToInput(parse, defaultName, locator), locator);
            return true;
        }
        catch (ArgumentException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            input = null!;
            return false;
        }
    }
}
