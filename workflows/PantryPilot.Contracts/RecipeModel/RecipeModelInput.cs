using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Which teacher writes the samples. The API key of <see cref="OpenAiCompatible"/> comes from configuration
/// (PANTRYPILOT_TEACHER_API_KEY), never from the workflow input, so it is never recorded in history.</summary>
public enum TeacherKind
{
    /// <summary>The offline default: a deterministic template teacher over the shipped recipe corpus. Not a language
    /// model.</summary>
    Template,

    /// <summary>An OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp server, LM Studio).</summary>
    OpenAiCompatible,

    /// <summary>The project's own inference pool: each batch runs on the recipe-inference task queue, where the model
    /// is loaded (<see cref="TeacherOptions.Model"/> names a LoRA adapter there, null = the base model).</summary>
    InferencePool,
}

/// <summary>How the filter treats a prompt whose pantry shows an item the request's diet forbids.</summary>
public enum PantryPolicy
{
    /// <summary>Rebuild the prompt's pantry through the serving pre-filter: no training prompt shows a forbidden
    /// item.</summary>
    Prefilter,

    /// <summary>Remove the sample.</summary>
    Drop,
}

/// <summary>How the filter treats a dietary tag the ontology does not model (halal, low-FODMAP).</summary>
public enum UnknownTagPolicy
{
    /// <summary>Remove the sample (reason unsupported-tag): nothing can check that its recipe honours the
    /// tag.</summary>
    Drop,

    /// <summary>Keep the sample, judged on the tags the ontology models; the unmodelled tag stays in the prompt (a
    /// preference is never silently lost) and is counted per tag.</summary>
    Strip,
}

/// <summary>How the filter treats a food a recipe's steps use that is neither in the pantry nor among the additions
/// (water and words for a class of food never count). Counted per ingredient either way.</summary>
public enum StepIngredientPolicy
{
    /// <summary>Keep the sample and count the ingredient.</summary>
    Keep,

    /// <summary>Remove the sample (reason step-not-in-pantry).</summary>
    Drop,
}

/// <summary>The layout split writes: mlx-lm's chat layout (messages) or its text layout (one Phi-3 string).</summary>
public enum SplitFormat
{
    Chat,
    Text,
}

/// <param name="Model">Model name for an endpoint teacher (e.g. llama3.1:8b); the adapter name for the inference pool
/// (null: its base model); ignored by the template teacher.</param>
/// <param name="BaseUrl">Endpoint base URL (…/v1); null means configuration (PANTRYPILOT_TEACHER_BASE_URL).</param>
/// <param name="FaultRate">Template teacher only: share of answers that deliberately repeat the original teacher's
/// mistakes (a forbidden pantry item selected, a forbidden addition suggested), so the filter is exercised. Stated in
/// every sample's metadata.</param>
public sealed record TeacherOptions(TeacherKind Kind = TeacherKind.Template, string? Model = null, string? BaseUrl = null, double FaultRate = 0.1);

/// <param name="MaxSequenceTokens">The trainer's max sequence length; longer samples are removed (too-long).</param>
/// <param name="UnlistedStepIngredients">What a step's food found nowhere does to the sample.</param>
public sealed record FilterOptions(
    PantryPolicy Pantry = PantryPolicy.Prefilter,
    UnknownTagPolicy UnknownTags = UnknownTagPolicy.Drop,
    int MaxSequenceTokens = 2048,
    StepIngredientPolicy UnlistedStepIngredients = StepIngredientPolicy.Keep);

/// <param name="ValidShare">Share of each dietary-tag stratum written to valid.jsonl (0.1 = the original's
/// 90/10).</param>
/// <param name="TestShare">Optional share written to test.jsonl (0 = no test file).</param>
public sealed record SplitOptions(double ValidShare = 0.1, double TestShare = 0, SplitFormat Format = SplitFormat.Chat);

/// <summary>Training options (part 2). Enabled: run the train activity on the model-training task queue (only enable it
/// where a host with a trainer polls that queue). The trainer itself is the worker's configuration
/// (Training:Trainer).</summary>
/// <param name="Trainer">Informational: which trainer the operator expects (the worker's configuration
/// decides).</param>
/// <param name="Lora">LoRA settings; null = the original system's (rank 8, alpha 16, ...).</param>
/// <param name="Iterations">Fixed iteration count; null = train samples x epochs / batch size.</param>
/// <param name="QueueTimeout">How long the train activity may wait for a host polling the model-training task queue
/// (its schedule-to-start timeout); past it the run says no trainer host polls the queue and evaluates the base model
/// only. Null = <see cref="TrainingNames.DefaultQueueTimeout"/> (10 minutes).</param>
/// <param name="Mode">What the trainer learns from: supervised samples (mlx-lm's chat or text layout, the default) or
/// preference pairs (prompt, chosen, rejected: mlx-lm-lora's DPO layout). Not written when null.</param>
public sealed record TrainingOptions(bool Enabled = false, string? Trainer = null, LoraSettings? Lora = null, int? Iterations = null, TimeSpan? QueueTimeout = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TrainMode? Mode = null);

/// <summary>Checkpoint-evaluation options (part 2): the base model and the checkpoints on N validation
/// samples.</summary>
/// <param name="KBest">Evaluate only the K checkpoints with the lowest val loss (null: every checkpoint).</param>
/// <param name="ShardSize">Samples per evaluate-checkpoint activity.</param>
/// <param name="MaxParallel">Evaluation activities in flight at once on the inference pool (bounded fan-out).</param>
/// <param name="RequestsFile">Evaluate on these compliance requests (JSONL) instead of the split's validation
/// samples.</param>
public sealed record EvaluationOptions(bool Enabled = false, int Samples = 100, int? KBest = null, int ShardSize = 10, int MaxParallel = 4, int MaxTokens = 256, string? RequestsFile = null);

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
            errors.Add($"split shares must satisfy 0 < valid, 0 <= test, valid + test < 1 (got valid {split.ValidShare}, test {split.TestShare})");
        }

        if (DatasetName is { } name && (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))))
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

public static class RecipeModelDefaults
{
    /// <summary>The default request mix: a quarter unconstrained, the rest over the diets the original
    /// measured.</summary>
    public static IReadOnlyDictionary<string, double> TagMix { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["none"] = 0.25,
        ["vegetarian"] = 0.25,
        ["vegan"] = 0.15,
        ["dairy-free"] = 0.15,
        ["gluten-free"] = 0.15,
        ["pescatarian"] = 0.05,
    };

    // Release 2's bounds (docs/temporal.md "Limits"): with them every payload of a run stays under 256 KB and every
    // history well under the server's 51,200 events; the payload guard test checks the worst case they allow.

    /// <summary>At most this many generate batches: the filter's input lists every batch file.</summary>
    public const int MaxBatches = 500;

    /// <summary>At most this many tags in the mix: several outputs count per tag.</summary>
    public const int MaxTags = 16;

    /// <summary>At most this many checkpoints a training may save: its output lists them.</summary>
    public const int MaxCheckpoints = 100;

    /// <summary>At most this many models compared: the base and the 31 checkpoints with the lowest val loss.</summary>
    public const int MaxCandidates = 32;

    /// <summary>At most this many evaluate-checkpoint activities in a run (each is events in its history).</summary>
    public const int MaxShards = 2_000;

    /// <summary>At most this many evaluation samples per candidate.</summary>
    public const int MaxEvaluationSamples = 10_000;

    /// <summary>Workflow id of a run: recipe-model-&lt;dataset name&gt;.</summary>
    public static string WorkflowId(string datasetName) => $"recipe-model-{datasetName}";
}
