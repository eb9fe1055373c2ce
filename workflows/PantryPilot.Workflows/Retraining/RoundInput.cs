using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Retraining;

namespace PantryPilot.Workflows.Retraining;

/// <summary>The recipe-model run of a round: training on the feedback dataset (its mode), evaluation on the
/// households' own prompts, promotion of a trained checkpoint only, after a person approves with a signed
/// token.</summary>
public static class RoundInput
{
    public static RecipeModelInput For(RetrainingSettings settings, string datasetName, FeedbackDatasetOutput dataset)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(dataset);
        var mode = dataset.Mode == FeedbackTrainingMode.Preference ? TrainMode.Preference : TrainMode.Supervised;
        var (train, valid) = mode == TrainMode.Preference
            ? (dataset.PairsTrain, dataset.PairsValid)
            : (dataset.SupervisedTrain, dataset.SupervisedValid);
        var approval = (settings.Approval ?? new ApprovalSettings()) with { Required = true, RequireToken = true };
        return new RecipeModelInput(
            settings.DataDir,
            datasetName,
            SampleCount: (int)Math.Clamp(train, 1, int.MaxValue),
            Training: new TrainingOptions(
                true,
                Lora: settings.Lora,
                Iterations: settings.Iterations,
                QueueTimeout: settings.TrainQueueTimeout,
                Mode: mode),
            Evaluation: new EvaluationOptions(
                true,
                Samples: settings.EvaluationSamples,
                MaxTokens: settings.EvaluationMaxTokens,
                RequestsFile: dataset.EvaluationPath),
            Promotion: new PromotionSettings(true, approval, CheckpointsOnly: true),
            Dataset: new PrebuiltDataset(
                dataset.TrainFolder!,
                dataset.SnapshotId,
                mode,
                train,
                valid,
                dataset.EvaluationPath));
    }
}
