namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Pinned names of the checkpoint-evaluate stage.</summary>
public static class EvaluationNames
{
    /// <summary>Runs on the inference pool's task queue (the pool that serves recipes hosts the model).</summary>
    public const string EvaluateActivity = "evaluate-checkpoint";

    /// <summary>Aggregates the shards into checkpoint_comparison.json, an HTML table and a PNG chart.</summary>
    public const string CompareActivity = "compare-checkpoints";

    public const string PrepareActivity = "prepare-evaluation-set";

    public const string BaseCandidate = "base";

    /// <summary>The inference pool's task queue: where the workflow sends evaluation, and what `pantrypilot-inference`
    /// polls unless TEMPORAL_TASK_QUEUE says otherwise (<see cref="TaskQueues.Inference"/>).</summary>
    public const string InferenceTaskQueue = "recipe-inference";

    /// <summary>Where a shard of release 2 writes its verdicts (an <see cref="EvaluateCheckpointOutput"/> as JSON), so
    /// they travel as a file, not through the workflow: &lt;dir&gt;/&lt;candidate&gt;/&lt;offset&gt;.json.</summary>
    public static string VerdictsFile(string verdictsDir, string candidate, int offset) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{verdictsDir}/{candidate}/{offset:D7}.json");

    /// <summary>The candidate name of a checkpoint: iter-0008000.</summary>
    public static string CandidateName(int iteration)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"iter-{iteration:D7}");
}
