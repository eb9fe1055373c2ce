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
    public static string CandidateName(int iteration) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"iter-{iteration:D7}");
}

/// <summary>Builds the evaluation requests (JSONL, the compliance-request layout) from the split's validation
/// samples.</summary>
/// <param name="Samples">At most this many (the first N of valid.jsonl, which the split already stratified).</param>
public sealed record PrepareEvaluationSetInput(string RunId, string ValidPath, string OutputDir, int Samples);

/// <param name="SkippedByReason">Validation samples that cannot become a request (no pantry, a tag the ontology does
/// not model), by reason.</param>
public sealed record PrepareEvaluationSetOutput(string RequestsPath, int Requests, IReadOnlyDictionary<string, int> SkippedByReason);

/// <summary>A model to evaluate: the base model (no adapter) or one checkpoint.</summary>
/// <param name="Name">"base" or "iter-0008000": also the adapter name the worker loads it under.</param>
/// <param name="AdapterPath">Path of the adapter in ONNX Runtime GenAI's format; null for the base model.</param>
public sealed record EvaluationCandidate(string Name, int? Iteration, double? ValLoss, string? AdapterPath);

/// <summary>One shard of the evaluation: samples [Offset, Offset + Count) of the validation requests for one
/// candidate.</summary>
/// <param name="SamplesFile">JSONL compliance requests built from the split's validation samples.</param>
/// <param name="VerdictsDir">Release 2: write the verdicts to <see cref="EvaluationNames.VerdictsFile"/> under this
/// folder and return none (null, release 1: return them in the output).</param>
public sealed record EvaluateCheckpointInput(
    string RunId,
    EvaluationCandidate Candidate,
    string SamplesFile,
    int Offset,
    int Count,
    int? MaxTokens = null,
    string? VerdictsDir = null);

/// <summary>What one validation sample did. The raw recipe itself never leaves the evaluation activity.</summary>
/// <param name="RawParsed">The model's own answer (full pantry, guard off) parsed as a recipe.</param>
/// <param name="RawCompliant">That recipe broke none of the sample's constraints (ontology verdict per
/// ingredient).</param>
/// <param name="RawViolations">Violating ingredients/additions in the raw answer (counted, names only).</param>
/// <param name="ServedRecipe">The full guarded pipeline returned a recipe.</param>
/// <param name="ServedViolations">Violations found by re-validating that served recipe independently (must be
/// 0).</param>
public sealed record SampleVerdict(
    string Id,
    IReadOnlyList<string> Tags,
    bool RawParsed,
    bool RawCompliant,
    IReadOnlyList<string> RawViolations,
    bool ServedRecipe,
    int ServedViolations,
    double LatencyMs,
    int Tokens,
    double TokensPerSecond);

/// <param name="Error">Set when the candidate could not be evaluated at all (e.g. its adapter does not load).</param>
/// <param name="VerdictsPath">Release 2: the file holding this shard's verdicts (<see cref="Samples"/> is then
/// empty).</param>
public sealed record EvaluateCheckpointOutput(
    EvaluationCandidate Candidate,
    IReadOnlyList<SampleVerdict> Samples,
    double WallSeconds,
    string? Error,
    string? VerdictsPath = null);

/// <summary>Input of the comparison. Release 1 passed every shard's output (<see cref="Shards"/>, verdicts inline: it
/// grew with samples x candidates past the server's payload limit). Release 2 passes the candidates and where their
/// shards wrote their verdicts: <see cref="VerdictsDir"/>, one file per shard of <see cref="ShardSize"/> samples out
/// of <see cref="Requests"/> (<see cref="EvaluationNames.VerdictsFile"/>).</summary>
public sealed record CompareCheckpointsInput(
    string RunId,
    string OutputDir,
    IReadOnlyList<EvaluateCheckpointOutput> Shards,
    IReadOnlyList<EvaluationCandidate>? Candidates = null,
    string? VerdictsDir = null,
    int Requests = 0,
    int ShardSize = 0);

/// <summary>Figures of one candidate, overall or for one dietary tag.</summary>
/// <param name="RawCompliance">Raw-compliant answers / samples (an unparseable answer does not comply).</param>
/// <param name="ServedCompliance">Served recipes without violation / served recipes; null when none was served.</param>
public sealed record ComplianceFigures(string Tag, int Samples, double ParseRate, double RawCompliance, int ServedRecipes, double? ServedCompliance);

public sealed record CandidateResult(
    EvaluationCandidate Candidate,
    ComplianceFigures Overall,
    IReadOnlyList<ComplianceFigures> PerTag,
    double LatencyP50Ms,
    double TokensPerSecond,
    string? Error);

/// <param name="Best">Chosen by raw compliance, then val loss (lower), then iteration (later); null when none
/// evaluated.</param>
public sealed record CompareCheckpointsOutput(IReadOnlyList<CandidateResult> Candidates, string? Best, string JsonPath, string HtmlPath, string? PngPath);
