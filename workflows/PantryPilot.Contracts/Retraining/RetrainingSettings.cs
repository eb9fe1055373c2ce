using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Contracts.Retraining;

/// <summary>How the coordinator runs: the thresholds, how often it looks at the feedback, and what each round's
/// recipe-model run gets. One record for the workflow and for `pantrypilot retrain run` in-process.</summary>
/// <param name="DataDir">Root of recipe-model datasets and of the model registry (models/registry.json), relative to
/// the workers' data root on Temporal.</param>
/// <param name="PollEvery">How often the feedback is looked at (default 15 minutes); the signal
/// <see cref="RetrainingNames.CheckNowSignal"/> looks at once.</param>
/// <param name="MinSamples">A round trains only with at least this many kept samples of its mode.</param>
/// <param name="Lora">The LoRA settings of each round; null: the flow's defaults.</param>
/// <param name="TrainQueueTimeout">How long a round waits for a trainer host (null: 10 minutes).</param>
/// <param name="EvaluationSamples">Feedback prompts each candidate is evaluated on.</param>
/// <param name="Approval">Reminder period and timeout of the approval wait (approval is always required, with a
/// signed token).</param>
/// <param name="ChecksPerRun">Checks after which the coordinator continues as new (its history stays small).</param>
public sealed record RetrainingSettings(
    string DataDir,
    RetrainingThresholds? Thresholds = null,
    TimeSpan? PollEvery = null,
    double ValidShare = 0.1,
    int Seed = 7,
    int MinSamples = 2,
    LoraSettings? Lora = null,
    int? Iterations = null,
    TimeSpan? TrainQueueTimeout = null,
    int EvaluationSamples = 50,
    int EvaluationMaxTokens = 256,
    ApprovalSettings? Approval = null,
    int ChecksPerRun = 200)
{
    public static readonly TimeSpan DefaultPoll = TimeSpan.FromMinutes(15);

    public RetrainingThresholds Rules => Thresholds ?? new();

    public TimeSpan Poll => PollEvery ?? DefaultPoll;

    /// <summary>Every problem at once, empty when the coordinator can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(Rules.Validate());
        if (string.IsNullOrWhiteSpace(DataDir))
        {
            errors.Add("data dir is required");
        }

        if (Poll < TimeSpan.FromSeconds(10))
        {
            errors.Add($"poll interval must be at least 10 seconds (got {Poll})");
        }

        if (ValidShare <= 0 || ValidShare >= 1 || double.IsNaN(ValidShare))
        {
            errors.Add($"valid share must be between 0 and 1, exclusive (got {ValidShare})");
        }

        if (MinSamples < 1)
        {
            errors.Add($"min samples must be at least 1 (got {MinSamples})");
        }

        if (EvaluationSamples < 1 || EvaluationMaxTokens < 1)
        {
            errors.Add(
                $"evaluation samples and max tokens must be at least 1 (got {EvaluationSamples}, "
                + $"{EvaluationMaxTokens})");
        }

        if (ChecksPerRun < 1)
        {
            errors.Add($"checks per run must be at least 1 (got {ChecksPerRun})");
        }

        return errors;
    }
}
