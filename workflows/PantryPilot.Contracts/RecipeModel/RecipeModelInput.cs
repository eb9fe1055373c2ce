using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Input of RecipeModelWorkflow and of `pantrypilot model run`: one record for both.</summary>
/// <param name="DataDir">Root of recipe-model datasets; the dataset lives in DataDir/&lt;name&gt; (its own versioned
/// repository). On Temporal a location relative to the workers' data root (PANTRYPILOT_DATA_ROOT), as is <see
/// cref="CorpusPath"/>; in an in-process run a full local path.</param>
/// <param name="DatasetName">Names the dataset folder and the workflow id (recipe-model-&lt;name&gt;); null = the
/// workflow's date.</param>
/// <param name="CorpusPath">Recipe corpus file for the template teacher and the sample planner; null = the shipped
/// corpus.</param>
/// <param name="TagMix">Share of requests per dietary tag ("none" = no constraint); null = <see
/// cref="RecipeModelDefaults.TagMix"/>.</param>
/// <param name="BatchSize">Samples per generate-batch activity (each writes its own file).</param>
/// <param name="MaxParallelBatches">How many batch activities run at once.</param>
/// <param name="Dataset">A dataset built elsewhere (the retraining coordinator's feedback dataset): generate, filter
/// and split are skipped and part 2 trains on it. Not written when null.</param>
public sealed record RecipeModelInput(
    string DataDir,
    string? DatasetName = null,
    TeacherOptions? Teacher = null,
    string? CorpusPath = null,
    int SampleCount = 500,
    IReadOnlyDictionary<string, double>? TagMix = null,
    SplitOptions? Split = null,
    int Seed = 7,
    int BatchSize = 100,
    int MaxParallelBatches = 4,
    FilterOptions? Filter = null,
    TrainingOptions? Training = null,
    EvaluationOptions? Evaluation = null,
    PromotionSettings? Promotion = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PrebuiltDataset? Dataset = null)
{
    /// <summary>Checks what a run cannot start without; returns every problem at once.</summary>
    public IReadOnlyList<string> Validate() => [.. ValidateDataset(), .. ValidateLimits()];

    /// <summary>Release 2's checks: bounds that keep every payload small and the evaluation's arithmetic defined (a
    /// shard size of 0 once divided by zero after hours of training).</summary>
    public IReadOnlyList<string> ValidateLimits()
    {
        var errors = new List<string>();
        var batches = SampleCount >= 1 && BatchSize >= 1 ? (SampleCount + BatchSize - 1) / BatchSize : 0;
        if (batches > RecipeModelDefaults.MaxBatches)
        {
            errors.Add($"{SampleCount} samples in batches of {BatchSize} make more than "
                + $"{RecipeModelDefaults.MaxBatches} batches: raise the batch size");
        }

        if ((TagMix ?? RecipeModelDefaults.TagMix).Count > RecipeModelDefaults.MaxTags)
        {
            errors.Add($"the tag mix may name at most {RecipeModelDefaults.MaxTags} tags (got {TagMix!.Count})");
        }

        if (Training is { Enabled: true } t && MaxCheckpoints(t) is var checkpoints
            && checkpoints > RecipeModelDefaults.MaxCheckpoints)
        {
            errors.Add($"training could save up to {checkpoints} checkpoints (one every {(t.Lora ?? new()).SaveEvery} "
                + $"iterations): at most {RecipeModelDefaults.MaxCheckpoints}, raise the LoRA save interval");
        }

        if (Evaluation is { Enabled: true } e)
        {
            ValidateEvaluation(e, errors);
        }

        return errors;
    }

    /// <summary>The most checkpoints training can save: every iteration over the most samples the split can
    /// hold.</summary>
    private long MaxCheckpoints(TrainingOptions training)
    {
        var lora = training.Lora ?? new LoraSettings();
        var iterations = training.Iterations
            ?? (long)Math.Ceiling((double)SampleCount * lora.Epochs / Math.Max(1, lora.BatchSize));
        return (iterations + Math.Max(1, lora.SaveEvery) - 1) / Math.Max(1, lora.SaveEvery);
    }

    private static void ValidateEvaluation(EvaluationOptions e, List<string> errors)
    {
        if (e.Samples < 1 || e.Samples > RecipeModelDefaults.MaxEvaluationSamples)
        {
            errors.Add(
                $"evaluation samples must be between 1 and {RecipeModelDefaults.MaxEvaluationSamples} "
                + $"(got {e.Samples})");
        }

        if (e.ShardSize < 1)
        {
            errors.Add($"evaluation shard size must be at least 1 (got {e.ShardSize})");
        }

        if (e.MaxParallel < 1)
        {
            errors.Add($"evaluation parallel shards must be at least 1 (got {e.MaxParallel})");
        }

        if (e.MaxTokens < 1)
        {
            errors.Add($"evaluation max tokens must be at least 1 (got {e.MaxTokens})");
        }

        if (e.KBest is < 1 or > RecipeModelDefaults.MaxCandidates - 1)
        {
            errors.Add(
                $"evaluation k-best must be between 1 and {RecipeModelDefaults.MaxCandidates - 1} when set "
                + $"(got {e.KBest})");
        }

        var candidates = (e.KBest ?? RecipeModelDefaults.MaxCandidates - 1) + 1;
        var perCandidate = e.Samples >= 1 && e.ShardSize >= 1 ? (e.Samples + e.ShardSize - 1) / e.ShardSize : 0;
        var shards = (long)perCandidate * candidates;
        if (shards > RecipeModelDefaults.MaxShards)
        {
            errors.Add($"{e.Samples} samples in shards of {e.ShardSize} for up to {candidates} candidates make "
                + "more than "
                + $"{RecipeModelDefaults.MaxShards} evaluation activities: raise the shard size or set k-best");
        }
    }

    /// <summary>The checks of release 1 (runs of that release replay with exactly these).</summary>
    public IReadOnlyList<string> ValidateDataset()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(DataDir))
        {
            errors.Add("data dir is required");
        }

        if (SampleCount < 1)
        {
            errors.Add($"sample count must be at least 1 (got {SampleCount})");
        }

        if (BatchSize < 1)
        {
            errors.Add($"batch size must be at least 1 (got {BatchSize})");
        }

        if (MaxParallelBatches < 1)
        {
            errors.Add($"parallel batches must be at least 1 (got {MaxParallelBatches})");
        }

        var split = Split ?? new();
        if (split.ValidShare <= 0 || split.TestShare < 0 || split.ValidShare + split.TestShare >= 1)
        {
            errors.Add(
                $"split shares must satisfy 0 < valid, 0 <= test, valid + test < 1 (got valid {split.ValidShare}, test "
                + $"{split.TestShare})");
        }

        if (DatasetName is { } name
            && (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))))
        {
            errors.Add($"dataset name '{name}' may only hold letters, digits, '-', '_' and '.'");
        }

        foreach (var (tag, share) in TagMix ?? RecipeModelDefaults.TagMix)
        {
            if (share < 0 || double.IsNaN(share))
            {
                errors.Add($"tag mix share for '{tag}' must be >= 0 (got {share})");
            }
        }

        if ((TagMix ?? RecipeModelDefaults.TagMix).Values.Sum() <= 0)
        {
            errors.Add("tag mix shares must add up to more than 0");
        }

        return errors;
    }
}
