using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Approval;
using PantryPilot.Activities.Notifications;
using PantryPilot.Activities.RecipeModel;
using PantryPilot.Activities.Retraining;
using PantryPilot.Activities.Training;
using PantryPilot.Cli.Pipeline;
using PantryPilot.Cli.RecipeModel;
using PantryPilot.Cli.Retraining;
using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Contracts.Serving;
using PantryPilot.Domain.Storage;
using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Serving;
using PantryPilot.Inference.Teaching;
using PantryPilot.Workflows.RecipeModel;
using PantryPilot.Workflows.Retraining;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot retrain`: the feedback → retraining loop without a Temporal server. `check` reads the
/// households' feedback since the last round and says which thresholds it reaches (it changes nothing: the dry run);
/// `run` does one coordinator check and, when a threshold is reached, the whole round in this process (dataset from
/// feedback → train → evaluate → approval → promote → notify). On Temporal the long-lived coordinator does the
/// same (docs/feedback-loop.md).</summary>
public static class RetrainCommands
{
    private static readonly Option<string> DataDir = new("--data-dir")
    {
        Description = "Root of recipe-model datasets and the model registry (models/registry.json)",
        DefaultValueFactory = _ => Path.Combine("data", "recipe-model"),
    };

    private static readonly Option<string> StoreDir = new("--store-dir")
    {
        Description = "Folder of the embedded household store (households.db) when DATABASE_URL is unset",
        DefaultValueFactory = _ => "data",
    };

    private static readonly Option<int> NewPairs = new("--new-pairs")
    {
        Description = "Retrain at this many new A/B choices (0 = off)",
        DefaultValueFactory = _ => 50,
    };

    private static readonly Option<double> ApprovalBelow = new("--approval-below")
    {
        Description = "Retrain when the served adapter's like share falls under this (0 = off) ...",
        DefaultValueFactory = _ => 0.6,
    };

    private static readonly Option<int> MinRatings = new("--min-ratings")
    {
        Description = "... over at least this many likes and dislikes",
        DefaultValueFactory = _ => 20,
    };

    private static readonly Option<int> DislikeStreak = new("--dislike-streak")
    {
        Description = "Retrain at this many dislikes in a row for one dietary tag (0 = off)",
        DefaultValueFactory = _ => 5,
    };

    private static readonly Option<int> MinSamples = new("--min-samples")
    {
        Description = "A round trains only with at least this many kept samples",
        DefaultValueFactory = _ => 2,
    };

    private static readonly Option<int?> Iterations = new("--iterations")
    {
        Description = "Training iterations (default: from the samples and epochs)",
    };

    private static readonly Option<int> EvalSamples = new("--eval-samples")
    {
        Description = "Household prompts each candidate is evaluated on",
        DefaultValueFactory = _ => 50,
    };

    private static readonly Option<string?> ApproveAs = new("--approve-as")
    {
        Description = "Approve the round's promotion in this person's name up front "
            + "(else the terminal prompts and waits)",
    };

    private static readonly Option<bool> AwaitToken = new("--await-token")
    {
        Description = "Approve only with a signed approval link or token (Approval:*), read a line at a time from "
            + "standard input, as the coordinator's runs wait on Temporal; the approval-requested notice carries "
            + "the links",
    };

    private static readonly Option<double> ApprovalHours = new("--approval-timeout-hours")
    {
        Description = "How long the terminal prompt waits for a decision",
        DefaultValueFactory = _ => 72,
    };

    public static Command Build()
    {
        var command = new Command(
            "retrain",
            "The feedback loop in-process: check the households' feedback against the retraining thresholds, "
                + "or run one round");
        command.Subcommands.Add(BuildCheck());
        command.Subcommands.Add(BuildRun());
        return command;
    }

    private static Command BuildCheck()
    {
        var command = new Command(
            "check", "Dry run: the feedback since the last round, and which thresholds it reaches. Changes nothing.");
        AddCommon(command);
        command.SetAction(async (parse, ct) =>
        {
            if (Settings(parse) is not { } settings)
            {
                return ExitCodes.BadInput;
            }

            await using var services = Services(CliConfiguration.Load(), parse.GetValue(StoreDir)!, null);
            var activities = services.GetRequiredService<RetrainingActivities>();
            try
            {
                var check = await activities.CheckAsync(new CheckFeedbackInput(settings.Rules, settings.DataDir));
                Print(check);
                return ExitCodes.Ok;
            }
            catch (Exception e)
                when (e is System.Data.Common.DbException or Npgsql.NpgsqlException
                    or IOException or InvalidDataException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]the feedback store cannot be read:[/] {e.Message}");
                return ExitCodes.DatabaseError;
            }
        });
        return command;
    }

    private static Command BuildRun()
    {
        var command = new Command(
            "run",
            "One coordinator check in-process; when a threshold is reached, the whole round: dataset from feedback, "
                + "train (Training:* of this host), evaluate (Inference:ModelPath), approval, promote, notify "
                + "(Notifications:*).");
        AddCommon(command);
        foreach (var option in new Option[] { Iterations, EvalSamples, ApproveAs, AwaitToken, ApprovalHours })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            if (Settings(parse) is not { } settings)
            {
                return ExitCodes.BadInput;
            }

            var configuration = CliConfiguration.Load();
            var preset = parse.GetValue(ApproveAs) is { Length: > 0 } by
                ? new PromotionDecision(true, by, "approved up front on the command line (in-process round)")
                : null;
            var byToken = parse.GetValue(AwaitToken);
            if (preset is not null && byToken)
            {
                AnsiConsole.MarkupLine("[red]error:[/] give [bold]--approve-as NAME[/] or [bold]--await-token[/], "
                    + "not both");
                return ExitCodes.BadInput;
            }

            if (byToken && !configuration.GetSection("Approval:SigningKey").Exists())
            {
                AnsiConsole.MarkupLine("[red]error:[/] --await-token needs Approval:SigningKey and Approval:Approvers "
                    + "(docs/notifications.md): without the key no token can be verified");
                return ExitCodes.BadInput;
            }

            if (preset is null && !byToken && Console.IsInputRedirected)
            {
                AnsiConsole.MarkupLine("[red]error:[/] a round's promotion needs a person: run it in a terminal "
                    + "(it prompts and waits), give [bold]--approve-as NAME[/], or [bold]--await-token[/]");
                return ExitCodes.BadInput;
            }

            ServiceProvider services;
            try
            {
                services = Services(configuration, parse.GetValue(StoreDir)!, configuration);
            }
            catch (InvalidOperationException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadInput;
            }

            await using (services)
            {
                Func<string, Action<NotificationEvent>, IApprovalGate> approvals = preset is not null
                    ? (_, _) => new PresetApprovalGate(preset)
                    : byToken
                        ? (runId, notify) => TokenGate(services, runId, notify, Console.In, ct)
                        : (_, _) => new PromptApprovalGate(Console.In, Console.Out);
                return await RunRoundAsync(services, settings, approvals, ct);
            }
        });
        return command;
    }

    /// <summary>The approval of a round's run <paramref name="runId"/> by signed token, taken a line at a time from
    /// <paramref name="input"/>, verified by this process's verify-approval (Approval:*).</summary>
    public static TokenApprovalGate TokenGate(
        IServiceProvider services,
        string runId,
        Action<NotificationEvent> notify,
        TextReader input,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(input);
        return new TokenApprovalGate(
            runId,
            services.GetRequiredService<IApprovalActivities>(),
            notify,
            async stop =>
            {
                using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, stop);
                return await input.ReadLineAsync(either.Token);
            },
            line => AnsiConsole.MarkupLineInterpolated($"[yellow]{line}[/]"),
            services.GetService<TimeProvider>());
    }

    /// <summary>One check and, when it triggers, one round; the exit code says how it ended. The round's run waits
    /// for approval on <paramref name="approvals"/>(its run id, a way to send a notice with the round's
    /// notices).</summary>
    public static async Task<int> RunRoundAsync(
        IServiceProvider services,
        RetrainingSettings settings,
        Func<string, Action<NotificationEvent>, IApprovalGate> approvals,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(approvals);
        var printer = new ProgressPrinter();
        var runner = new InProcessStageRunner(
            services,
            _ => { },
            ct,
            line => AnsiConsole.MarkupLineInterpolated($"[yellow]{line}[/]"),
            activityTypes:
            [
                .. RecipeModelRegistration.ActivityTypes, .. TrainingRegistration.InProcessActivityTypes,
                typeof(CheckpointEvaluationActivities), typeof(InferencePoolTeacherActivities),
            ]);
        InProcessRetrainingEffects? effects = null;
        effects = new InProcessRetrainingEffects(
            services.GetRequiredService<RetrainingActivities>(),
            services.GetService<Notifier>(),
            (name, input) => new RecipeModelFlow(runner, printer.Print, approvals(name, effects!.Notify))
                .RunAsync(RecipeModelRun.From(input, input.DatasetName!)),
            line => AnsiConsole.MarkupLineInterpolated($"[grey]{line}[/]"),
            ct,
            ServedModelCheck(services));
        var coordinator = new RetrainingCoordinator(effects, settings, null);
        AnsiConsole.MarkupLine("[grey]No Temporal server needed: one coordinator check in-process.[/]");
        var record = await coordinator.CheckOnceAsync();
        await effects.DrainAsync();
        if (coordinator.LastError is { } error)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]the feedback check failed:[/] {error}");
            return ExitCodes.DatabaseError;
        }

        Print(coordinator.LastCheck!);
        if (record is null)
        {
            AnsiConsole.MarkupLine("No threshold reached: no round.");
            return ExitCodes.Ok;
        }

        AnsiConsole.MarkupLineInterpolated(
            $"Round {record.Round} ({record.RunId}): [bold]{record.Outcome}[/]: {record.Detail}");
        var notices = effects.Sent.Count == 0 ? "none" : string.Join(", ", effects.Sent.Select(n => n.EventId));
        AnsiConsole.MarkupLineInterpolated($"Notices: {notices}");
        return record.Outcome switch
        {
            RoundOutcome.Promoted or RoundOutcome.RolledBack => ExitCodes.Ok,
            RoundOutcome.Refused or RoundOutcome.TimedOut or RoundOutcome.GateRefused or RoundOutcome.NothingToPromote
                => ExitCodes.NotPromoted,
            RoundOutcome.NothingToTrain => ExitCodes.Stopped,
            _ => ExitCodes.InternalError,
        };
    }

    /// <summary>What the serving side of this process loads: the same registry tracker and adapter loader that
    /// in-process household requests are served by, asked once more after a promotion; null when this process has
    /// no model (no Inference section was registered).</summary>
    private static Func<ServedModelInput, Task<ServedModelOutput>>? ServedModelCheck(IServiceProvider services)
    {
        if (services.GetService<InferenceOptions>() is null)
        {
            return null;
        }

        return async input =>
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ServedModelActivities>().ServedModelAsync(input);
        };
    }

    /// <summary>The retraining activities on the households' store and, for a run, the recipe-model flow's
    /// activities, this host's trainer, the evaluation model and the notifier.</summary>
    public static ServiceProvider Services(IConfiguration configuration, string storeDir, IConfiguration? forRound)
    {
        // In process, the operator's working directory is the root, as for every local run.
        var root = DataRoot.ForLocalRun(Directory.GetCurrentDirectory());
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton(root)
            .AddRetrainingActivities(configuration, storeDir);
        if (forRound is not null)
        {
            collection.AddRecipeModelActivities(forRound, root)
                .AddModelTrainingActivities(forRound, root)
                .AddRecipeInference(forRound);
            if (forRound.GetSection(NotificationOptions.Section).Exists()
                || forRound.GetSection(ApprovalOptions.Section).Exists())
            {
                collection.AddNotifications(forRound);
            }
        }

        return collection.BuildServiceProvider();
    }

    private static void AddCommon(Command command)
    {
        Option[] common = [DataDir, StoreDir, NewPairs, ApprovalBelow, MinRatings, DislikeStreak, MinSamples];
        foreach (var option in common)
        {
            command.Options.Add(option);
        }
    }

    private static RetrainingSettings? Settings(ParseResult parse)
    {
        var settings = new RetrainingSettings(
            parse.GetValue(DataDir)!,
            new RetrainingThresholds(
                parse.GetValue(NewPairs),
                parse.GetValue(ApprovalBelow),
                parse.GetValue(MinRatings),
                parse.GetValue(DislikeStreak)),
            MinSamples: parse.GetValue(MinSamples),
            Iterations: parse.GetValue(Iterations),
            EvaluationSamples: parse.GetValue(EvalSamples) is > 0 and var n ? n : 50,
            Approval: new ApprovalSettings(
                true, Timeout: TimeSpan.FromHours(parse.GetValue(ApprovalHours) is > 0 and var h ? h : 72)));
        var errors = settings.Validate();
        foreach (var error in errors)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {error}");
        }

        return errors.Count == 0 ? settings : null;
    }

    private static void Print(FeedbackCheck check)
    {
        var rate = check.ApprovalRate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";
        var counts = string.Create(
            CultureInfo.InvariantCulture,
            $"{check.NewPairs} A/B choices, {check.NewLikes} likes, {check.NewDislikes} dislikes");
        var tally = string.Create(CultureInfo.InvariantCulture, $"{check.NewFeedback} ({counts})");
        var served = string.Create(CultureInfo.InvariantCulture, $"{check.ServedRatings} ratings, approval {rate}");
        AnsiConsole.MarkupLineInterpolated(
            $"Feedback since the last round: {tally}; served adapter {check.ServedAdapter}: {served}");
        foreach (var streak in check.Streaks)
        {
            AnsiConsole.MarkupLineInterpolated($"  dislike streak: {streak.Tag} {streak.Dislikes}");
        }

        if (check.Triggered)
        {
            var reasons = string.Join("; ", check.Reasons);
            AnsiConsole.MarkupLineInterpolated($"[bold]Retraining due[/] (next round {check.NextRound}): {reasons}");
        }
        else
        {
            AnsiConsole.MarkupLineInterpolated($"No threshold reached (next round would be {check.NextRound}).");
        }
    }
}
