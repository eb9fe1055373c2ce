using System.Globalization;
using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Heartbeats;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Training;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Training;

/// <summary>
/// Supervises one attempt of an external trainer: plans from the artifact store (resume from the latest checkpoint
/// for the remaining iterations, never from 0), applies the out-of-memory policy a previous attempt recorded, runs the
/// command template, turns progress lines into heartbeats and the loss curve, and copies each checkpoint into the
/// store as soon as the trainer reports it saved. Failures are Temporal application failures with pinned types:
/// configuration errors are non-retryable; a crash or out-of-memory exit is retryable (the retry resumes).
/// </summary>
public sealed class TrainingSupervisor(TrainerOptions options)
{
    /// <summary>The configured trainer, checked as far as this host can without running it: the configuration is
    /// valid, the command template parses and its program is found. Throws the non-retryable failures
    /// (<see cref="TrainingNames.TrainerConfigurationInvalid"/>, <see cref="TrainingNames.TrainerNotFound"/>) a
    /// training attempt would.</summary>
    public (CommandTemplate Template, string Program) CheckTrainer(TrainMode? mode = null)
    {
        if (TrainerTemplates.For(options, mode) is not { } templateText)
        {
            throw Configuration(
                mode == TrainMode.Preference && TrainerTemplates.For(options) is not null
                    ? "this host's trainer has no preference (DPO) form: set Training:PreferenceCommand beside "
                        + "Training:Command"
                    : "no trainer is configured on this host (Training:Trainer is empty)");
        }

        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw Configuration($"invalid training configuration: {string.Join("; ", problems)}");
        }

        CommandTemplate template;
        try
        {
            template = CommandTemplate.Parse(templateText, TrainerTemplates.Placeholders);
        }
        catch (CommandTemplateException ex)
        {
            throw Configuration($"{ex.Message} (Training:Command / Training:Trainer)");
        }

        var program = TrainerProcess.Resolve(template.Program)
            ?? throw new ApplicationFailureException(
                $"trainer '{template.Program}' not found"
                + $"{(template.Program.Contains('/', StringComparison.Ordinal) ? string.Empty : " on PATH")} "
                + "(Training:Trainer / Training:Command). For mlx-lm on a Mac: pip install mlx-lm, "
                + "so that mlx_lm.lora is on PATH.",
                TrainingNames.TrainerNotFound,
                nonRetryable: true);
        return (template, program);
    }

    /// <summary>One attempt: plan it from the artifact store, launch the trainer, turn its lines into heartbeats,
    /// the loss curve and stored checkpoints (<see cref="TrainerProgressHandler"/>), then settle the outcome.</summary>
    public async Task<TrainOutput> TrainAsync(TrainInput input, TrainingAttemptContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        if (TrainerTemplates.For(options) is null)
        {
            var total = input.Iterations
                ?? ResumePlan.IterationsFor(input.TrainSamples, input.Lora.Epochs, input.Lora.BatchSize);
            var message = "no trainer is configured on this host (Training:Trainer is empty): nothing was trained; "
                + "the flow evaluates the base model only. See docs/training.md, 'Training on a Mac (mlx-lm)'.";
            context.Logger.LogWarning("{Message}", message);
            return new TrainOutput(TrainStatus.NoTrainer, message, total, 0, [], [], input.Lora, null, null);
        }

        var (template, program) = CheckTrainer(input.Mode);
        var planned = PlanAttempt(input, context, template);
        if (planned.Finished is { } finished)
        {
            return await FinishAsync(input, finished.State, finished.Curve, finished.Paths, finished.Message, context);
        }

        var attempt = planned.Attempt!;
        var handler = new TrainerProgressHandler(attempt, input.DatasetSnapshotId, context);
        context.Heartbeat(handler.Progress);
        TrainerExit exit;
        try
        {
            exit = await TrainerProcess.RunAsync(
                program, attempt.Arguments, attempt.Directory, options.OutputTailLines, handler.OnLine,
                context.OnTrainerStarted, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            handler.Record("cancelled");
            context.Logger.LogWarning(
                "train {RunId} attempt {Attempt} cancelled: trainer process tree killed at iteration {Iteration}",
                input.RunId,
                attempt.Number,
                handler.Progress.Iteration);
            throw;
        }

        return await ConcludeAsync(input, attempt, handler, exit, context);
    }

    /// <summary>Checks the dataset and the store, resumes from the latest checkpoint with the memory settings a
    /// previous out-of-memory exit left, records the attempt as running and builds the trainer's arguments; or says
    /// that every iteration already has a checkpoint.</summary>
    private PlannedAttempt PlanAttempt(TrainInput input, TrainingAttemptContext context, CommandTemplate template)
    {
        var lora = input.Lora;
        foreach (var file in new[] { "train.jsonl", "valid.jsonl" })
        {
            if (!File.Exists(Path.Combine(input.DatasetDir, file)))
            {
                throw Configuration(
                    $"dataset folder '{input.DatasetDir}' has no {file} "
                    + "(the split writes train.jsonl and valid.jsonl)");
            }
        }

        var paths = new RunPaths(input.ArtifactRoot, input.RunId);
        Directory.CreateDirectory(paths.Checkpoints);
        var requested = input.Iterations ?? ResumePlan.IterationsFor(input.TrainSamples, lora.Epochs, lora.BatchSize);
        var state = TrainingState.Load(paths.State) ?? TrainingState.New(requested, lora);
        var total = state.TotalIterations;
        state = MarkLostAttempts(state, context);

        // Attempts are numbered by the store, not by Temporal: a workflow started again with the same id (or an
        // in-process re-run) counts on from what the store has seen.
        var attemptNumber = state.Attempts.Count == 0 ? 1 : state.Attempts.Max(a => a.Attempt) + 1;
        var plan = ResumePlan.From(total, state.Checkpoints.Select(c => c.Iteration));
        var curve = new LossCurve(paths.CurveCsv);
        if (plan.IsFinished)
        {
            return new PlannedAttempt(
                null,
                new FinishedRun(
                    state,
                    curve,
                    paths,
                    "every iteration already has a checkpoint in the store: nothing to run"));
        }

        var memory = state.Memory;
        var applied = lora with
        {
            MaxSeqLength = memory.MaxSeqLength,
            BatchSize = memory.BatchSize,
            GradAccumulation = memory.GradAccumulation
        };
        try
        {
            plan = plan with { Factor = ResumePlan.FactorFor(lora.BatchSize, applied.BatchSize) };
        }
        catch (ArgumentException ex)
        {
            throw Configuration($"{paths.State}: {ex.Message}; move the training state aside to start the run again");
        }

        var adjustment = state.PendingAdjustment;
        var resumeFile = plan.IsResume ? state.Checkpoints.Single(c => c.Iteration == plan.ResumeFrom).Path : null;
        if (resumeFile is not null && !File.Exists(resumeFile))
        {
            throw Configuration(
                $"checkpoint {plan.ResumeFrom} is recorded in {paths.State} but its file '{resumeFile}' is missing "
                + "from the store");
        }

        var attemptDir = Path.Combine(
            options.WorkDir ?? Path.Combine(Path.GetTempPath(), "pantrypilot-training"),
            Safe(input.RunId),
            $"attempt-{attemptNumber}-{Guid.NewGuid():N}");
        var adapterDir = Path.Combine(attemptDir, "adapters");
        Directory.CreateDirectory(adapterDir);
        var config = Path.Combine(attemptDir, "lora-config.yaml");
        File.WriteAllText(config, LoraConfigYaml(applied));
        var arguments = template.Arguments(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["model"] = [options.BaseModel!],
            ["data"] = [Path.GetFullPath(input.DatasetDir)],
            ["config"] = [config],
            ["adapter_path"] = [adapterDir],
            ["iters"] = [I(plan.TrainerIterations)],
            ["batch_size"] = [I(applied.BatchSize)],
            ["max_seq_length"] = [I(applied.MaxSeqLength)],
            ["save_every"] = [I(plan.TrainerSteps(applied.SaveEvery))],
            ["steps_per_report"] = [I(plan.TrainerSteps(applied.StepsPerReport))],
            ["steps_per_eval"] = [I(plan.TrainerSteps(applied.StepsPerEval))],
            ["learning_rate"] = [applied.LearningRate.ToString("R", CultureInfo.InvariantCulture)],
            ["grad_accumulation"] = [I(applied.GradAccumulation)],
            ["resume"] = resumeFile is null ? [] : ["--resume-adapter-file", resumeFile],
        });

        curve.TruncateAfter(plan.ResumeFrom);
        var record = new TrainingAttempt(
            attemptNumber, plan.ResumeFrom, plan.Remaining, applied.MaxSeqLength, applied.BatchSize,
            TrainingState.RunningOutcome, adjustment);
        state = state.WithAttempt(record) with { PendingAdjustment = null };
        state.Save(paths.State);
        context.Logger.LogInformation(
            "train {RunId} attempt {Attempt}: {Start}, {Remaining} of {Total} iterations ({TrainerIterations} trainer "
            + "iterations), max seq {MaxSeq}, batch {Batch}{Adjustment}; last heartbeat before: {Heartbeat}",
            input.RunId,
            attemptNumber,
            plan.IsResume ? $"resuming from checkpoint {plan.ResumeFrom}" : "from scratch",
            plan.Remaining,
            total,
            plan.TrainerIterations,
            applied.MaxSeqLength,
            applied.BatchSize,
            adjustment is null ? string.Empty : $" ({adjustment})",
            context.PreviousHeartbeat is { } hb ? $"iteration {hb.Iteration}" : "none");
        return new PlannedAttempt(
            new TrainerAttemptPlan(attemptNumber, record, plan, state, curve, paths, attemptDir, adapterDir, arguments),
            null);
    }

    /// <summary>What the trainer's exit means: the last checkpoints copied, then done, out of memory (the next attempt
    /// shrinks, or nothing is left to shrink) or crashed (the retry resumes from the latest checkpoint).</summary>
    private async Task<TrainOutput> ConcludeAsync(
        TrainInput input,
        TrainerAttemptPlan attempt,
        TrainerProgressHandler handler,
        TrainerExit exit,
        TrainingAttemptContext context)
    {
        // Numbered files the trainer wrote without a line we recognised (another trainer's wording) still count.
        foreach (var file in Directory.EnumerateFiles(attempt.AdapterDirectory))
        {
            if (CheckpointFiles.IterationOf(file) is { } local && local <= attempt.Plan.TrainerIterations)
            {
                handler.CopyCheckpoint(file, attempt.Plan.Global(local));
            }
        }

        var total = attempt.State.TotalIterations;
        var iteration = handler.Progress.Iteration;
        var tail = string.Join(" | ", exit.Tail.TakeLast(5));
        if (exit.ExitCode == 0)
        {
            var final = Path.Combine(attempt.AdapterDirectory, CheckpointFiles.Latest);
            handler.CopyCheckpoint(final, total);
            if (!handler.State.Checkpoints.Any(c => c.Iteration == total))
            {
                throw new ApplicationFailureException(
                    $"trainer exited 0 but wrote no final adapter ({final}); last lines: {tail}",
                    TrainingNames.TrainerCrashed);
            }

            var done = handler.Record("completed");
            return await FinishAsync(
                input,
                done,
                attempt.Curve,
                attempt.Paths,
                $"trained {total} iterations ({done.Attempts.Count} attempt(s)); "
                + $"{done.Checkpoints.Count} checkpoints in the store",
                context);
        }

        if (OutOfMemoryPolicy.IsOutOfMemory(exit.Tail))
        {
            var state = handler.Record($"out-of-memory at iteration {iteration}", save: false);
            var next = OutOfMemoryPolicy.Next(state.Memory);
            if (next is null)
            {
                state.Save(attempt.Paths.State);
                throw new ApplicationFailureException(
                    $"trainer ran out of memory at iteration {iteration} with max sequence "
                    + $"{state.Memory.MaxSeqLength} and batch {state.Memory.BatchSize}: "
                    + $"the policy ({OutOfMemoryPolicy.Description}) has nothing left to shrink. Last lines: {tail}",
                    TrainingNames.TrainerOutOfMemoryExhausted,
                    nonRetryable: true);
            }

            (state with { Memory = next.Value.Settings, PendingAdjustment = next.Value.Change })
                .Save(attempt.Paths.State);
            throw new ApplicationFailureException(
                $"trainer ran out of memory at iteration {iteration} (exit {exit.ExitCode}); "
                + $"the next attempt resumes from checkpoint {handler.Progress.LatestCheckpoint} with: "
                + $"{next.Value.Change}. Last lines: {tail}",
                TrainingNames.TrainerOutOfMemory,
                details: [handler.Progress]);
        }

        handler.Record($"crashed (exit {exit.ExitCode}) at iteration {iteration}");
        throw new ApplicationFailureException(
            $"trainer exited {exit.ExitCode} at iteration {iteration}; the next attempt resumes from checkpoint "
            + $"{handler.Progress.LatestCheckpoint}. Last lines: {tail}",
            TrainingNames.TrainerCrashed,
            details: [handler.Progress]);
    }

    /// <summary>The YAML for --config: what the original system trained with. mlx-lm reads lora_parameters.scale;
    /// alpha/rank is the same scale in PEFT's convention, so both are written.</summary>
    public static string LoraConfigYaml(LoraSettings lora) => string.Create(CultureInfo.InvariantCulture, $"""
        # Written by PantryPilot's train activity. Flags on the command line (iters, batch size, max sequence length,
        # save/report/eval steps, resume file) take precedence over these keys in mlx-lm.
        fine_tune_type: lora
        num_layers: {lora.Layers}
        learning_rate: {lora.LearningRate:0.0##e+00}
        grad_accumulation_steps: {lora.GradAccumulation}
        lora_parameters:
          rank: {lora.Rank}
          alpha: {lora.Alpha:0.0##}
          dropout: {lora.Dropout:0.0##}
          scale: {lora.Alpha / lora.Rank:0.0##}

        """);

    /// <summary>Runs Training:ConvertCommand once per checkpoint not converted yet ({input} → {output}.onnx_adapter). A
    /// failed conversion is recorded on the checkpoint (evaluation then reports it unusable), never fatal.</summary>
    private async Task<TrainingState> ConvertCheckpointsAsync(
        TrainingState state,
        RunPaths paths,
        TrainingAttemptContext context)
    {
        if (string.IsNullOrWhiteSpace(options.ConvertCommand))
        {
            return state;
        }

        CommandTemplate template;
        try
        {
            template = CommandTemplate.Parse(options.ConvertCommand, ["input", "output"]);
        }
        catch (CommandTemplateException ex)
        {
            throw Configuration($"{ex.Message} (Training:ConvertCommand)");
        }

        var program = TrainerProcess.Resolve(template.Program)
            ?? throw new ApplicationFailureException(
                $"adapter converter '{template.Program}' not found (Training:ConvertCommand)",
                TrainingNames.TrainerNotFound,
                nonRetryable: true);
        // A converter runs silently for as long as it takes: beat on a timer meanwhile (the train activity's heartbeat
        // timeout is 2 minutes), with the progress of training done.
        var converted = state;
        var latest = state.Checkpoints.Count == 0 ? 0 : state.Checkpoints.Max(c => c.Iteration);
        await using var beat = new PeriodicHeartbeat(() => context.Heartbeat(
            new TrainingProgress(
                context.Attempt, converted.TotalIterations, converted.TotalIterations, 0, latest,
                null, null, null, null, null)));
        foreach (var checkpoint in state.Checkpoints
            .Where(c => c.AdapterPath is null && c.ConversionError is null)
            .ToList())
        {
            var output = Path.ChangeExtension(checkpoint.Path, ".onnx_adapter");
            var exit = await TrainerProcess.RunAsync(
                program,
                template.Arguments(
                    new Dictionary<string, IReadOnlyList<string>>
                    {
                        ["input"] = [checkpoint.Path],
                        ["output"] = [output]
                    }),
                paths.Root,
                options.OutputTailLines,
                _ => { },
                null,
                context.CancellationToken);
            state = state.WithCheckpoint(exit.ExitCode == 0 && File.Exists(output)
                ? checkpoint with { AdapterPath = output }
                : checkpoint with
                {
                    ConversionError = FreeText.Cut(
                        $"exit {exit.ExitCode}: {string.Join(" | ", exit.Tail.TakeLast(3))}"),
                });
            state.Save(paths.State);
            converted = state;
        }

        return state;
    }

    /// <summary>An attempt still recorded as running when a new one starts never reported back: its worker was lost
    /// (Temporal runs one attempt of an activity at a time).</summary>
    private static TrainingState MarkLostAttempts(TrainingState state, TrainingAttemptContext context)
    {
        foreach (var lost in state.Attempts.Where(a => a.Outcome == TrainingState.RunningOutcome).ToList())
        {
            var reached = context.PreviousHeartbeat is { } hb && hb.Attempt == lost.Attempt
                ? $" (last heartbeat: iteration {hb.Iteration})"
                : string.Empty;
            state = state.WithAttempt(lost with { Outcome = $"lost (worker gone){reached}" });
        }

        return state;
    }

    private async Task<TrainOutput> FinishAsync(
        TrainInput input,
        TrainingState state,
        LossCurve curve,
        RunPaths paths,
        string message,
        TrainingAttemptContext context)
    {
        state = await ConvertCheckpointsAsync(state, paths, context);
        var checkpoints = state.Checkpoints.OrderBy(c => c.Iteration).ToList();
        var skipped = curve.TryWritePng(paths.CurvePng, checkpoints.Select(c => c.Iteration));
        if (skipped is not null)
        {
            context.Logger.LogWarning("loss curve PNG not drawn: {Reason}", skipped);
        }

        var applied = input.Lora with
        {
            MaxSeqLength = state.Memory.MaxSeqLength,
            BatchSize = state.Memory.BatchSize,
            GradAccumulation = state.Memory.GradAccumulation
        };
        return new TrainOutput(
            TrainStatus.Trained,
            message,
            state.TotalIterations,
            state.TotalIterations,
            checkpoints,
            state.Attempts.OrderBy(a => a.Attempt).ToList(),
            applied,
            curve.CsvPath,
            skipped is null ? paths.CurvePng : null);
    }

    private static ApplicationFailureException Configuration(string message) =>
        new(message, TrainingNames.TrainerConfigurationInvalid, nonRetryable: true);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Safe(string name)
        => string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));

    /// <summary>A planned attempt, or the run that needs none (every iteration already has a checkpoint).</summary>
    private sealed record PlannedAttempt(TrainerAttemptPlan? Attempt, FinishedRun? Finished);

    private sealed record FinishedRun(TrainingState State, LossCurve Curve, RunPaths Paths, string Message);

    /// <summary>Where a run keeps its training artifacts in the store.</summary>
    public sealed record RunPaths(string ArtifactRoot, string RunId)
    {
        public string Root => Path.Combine(ArtifactRoot, "models", Safe(RunId));

        public string Checkpoints => Path.Combine(Root, "checkpoints");

        public string State => Path.Combine(Root, "training-state.json");

        public string CurveCsv => Path.Combine(Root, "loss_curve.csv");

        public string CurvePng => Path.Combine(Root, "loss_curve.png");
    }
}
