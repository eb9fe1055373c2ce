using System.CommandLine;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Hosting;

namespace PantryPilot.Cli.RecipeModel;

/// <summary>Part 2's options of `model run` and `model start`: train → checkpoint-evaluate → promote.</summary>
public sealed class ModelTrainingCliOptions
{
    public Option<bool> Train { get; } = new("--train")
    {
        Description = "Run the train stage (needs a host with Training:Trainer configured polling the model-training "
            + "task queue; in-process: this process's configuration)"
    };

    public Option<int?> Iterations { get; } = new("--iterations")
    {
        Description = "Training iterations (default: train samples x 3 epochs / batch size)"
    };

    public Option<double> TrainQueueTimeoutMinutes { get; } = new("--train-queue-timeout-minutes")
    {
        Description = "How long the train activity waits for a host polling the model-training task queue; "
            + "then the run says none polls it and evaluates the base model only",
        DefaultValueFactory = _ => TrainingNames.DefaultQueueTimeout.TotalMinutes
    };

    public Option<bool> Evaluate { get; } = new("--evaluate")
    {
        Description = "Evaluate the base model and every checkpoint on validation samples (raw compliance with the "
            + "guard off, served compliance through the guard)"
    };

    public Option<int> EvalSamples { get; } = new("--eval-samples")
    {
        Description = "Validation samples per candidate",
        DefaultValueFactory = _ => 100
    };

    public Option<int?> KBest { get; } = new("--k-best")
    {
        Description = "Evaluate only the K checkpoints with the lowest val loss (default: all)"
    };

    public Option<int> EvalParallel { get; } = new("--eval-parallel")
    {
        Description = "Evaluation activities in flight at once on the inference pool",
        DefaultValueFactory = _ => 4
    };

    public Option<int> EvalMaxTokens { get; } = new("--eval-max-tokens")
    {
        Description = "Max new tokens per evaluated answer",
        DefaultValueFactory = _ => 256
    };

    public Option<string?> EvalRequests { get; } = new("--eval-requests")
    {
        Description = "Evaluate on these compliance requests (JSONL) instead of the split's validation samples"
    };

    public Option<bool> Promote { get; } = new("--promote")
    {
        Description = "Promote the best candidate into the model registry (<data-dir>/models/registry.json), "
            + "which the inference pool serves"
    };

    public Option<bool> RequireApproval { get; } = new("--require-approval")
    {
        Description = "Wait for a person to approve the promotion (signal approve-promotion or update "
            + "decide-promotion with {approve, by}); implies --promote"
    };

    public Option<double> ApprovalTimeoutHours { get; } = new("--approval-timeout-hours")
    {
        Description = "Stop without promoting after this long",
        DefaultValueFactory = _ => 72
    };

    public Option<double> ReminderHours { get; } = new("--approval-reminder-hours")
    {
        Description = "Log a reminder this often while waiting",
        DefaultValueFactory = _ => 4
    };

    public Option<string?> ApproveAs { get; } = new("--approve-as")
    {
        Description = "In-process runs only (no one to signal): approve the promotion in the name of this person up "
            + "front"
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
        {
            Train, Iterations, TrainQueueTimeoutMinutes, Evaluate, EvalSamples, KBest, EvalParallel, EvalMaxTokens,
            EvalRequests, Promote, RequireApproval, ApprovalTimeoutHours, ReminderHours, ApproveAs
        })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The input with part 2's options set; throws <see cref="ArgumentException"/> for the operator on bad
    /// values.</summary>
    public RecipeModelInput Apply(ParseResult parse, RecipeModelInput input, DataLocator locator)
    {
        var samples = parse.GetValue(EvalSamples);
        if (samples < 1 || parse.GetValue(EvalParallel) < 1 || parse.GetValue(EvalMaxTokens) < 1)
        {
            throw new ArgumentException("--eval-samples, --eval-parallel and --eval-max-tokens must be at least 1");
        }

        if (parse.GetValue(EvalRequests) is { } requests && !File.Exists(requests))
        {
            throw new ArgumentException($"--eval-requests: {requests} not found");
        }

        var approval = parse.GetValue(RequireApproval);
        var promote = approval || parse.GetValue(Promote);
        var timeout = parse.GetValue(ApprovalTimeoutHours);
        var reminder = parse.GetValue(ReminderHours);
        if (timeout <= 0 || reminder <= 0)
        {
            throw new ArgumentException("--approval-timeout-hours and --approval-reminder-hours must be positive");
        }

        var queueTimeout = parse.GetValue(TrainQueueTimeoutMinutes);
        if (queueTimeout <= 0 || double.IsNaN(queueTimeout))
        {
            throw new ArgumentException($"--train-queue-timeout-minutes must be positive (got {queueTimeout})");
        }

        var train = parse.GetValue(Train);
        return input with
        {
            Training = new TrainingOptions(
                train,
                Iterations: parse.GetValue(Iterations),
                QueueTimeout: TimeSpan.FromMinutes(queueTimeout)),
            // Training without evaluation would leave checkpoints nobody compared: --train implies --evaluate.
            Evaluation = new EvaluationOptions(
                parse.GetValue(Evaluate) || train || promote,
                samples,
                parse.GetValue(KBest),
                10,
                parse.GetValue(EvalParallel),
                parse.GetValue(EvalMaxTokens),
                parse.GetValue(EvalRequests) is { } r ? locator.Locate(r, EvalRequests.Name) : null),
            Promotion = new PromotionSettings(
                promote,
                new ApprovalSettings(approval, TimeSpan.FromHours(reminder), TimeSpan.FromHours(timeout))),
        };
    }

    /// <summary>The decision an in-process run uses when approval is required.</summary>
    public PromotionDecision? PresetDecision(ParseResult parse)
        => parse.GetValue(ApproveAs) is { Length: > 0 } by
            ? new PromotionDecision(true, by, "approved up front on the command line (in-process run)")
            : null;
}
