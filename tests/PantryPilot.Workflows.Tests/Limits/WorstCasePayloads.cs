using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Workflows.Tests.Limits;

/// <summary>The largest input and output each activity of a full run can have under release 2's bounds
/// (RecipeModelDefaults: 500 batches, 16 tags, 100 checkpoints, 32 candidates; a data root path of 120 characters;
/// every optional field set; tool output cut at 200 characters by the activities, other free text 500). Written out by
/// hand from the contracts, not from a run.</summary>
public static class WorstCasePayloads
{
    private const int Tags = RecipeModelDefaults.MaxTags;
    private const int Reasons = 32;

    private static readonly string Dir = "/" + new string('d', 119);
    private static readonly DateOnly Day = new(2026, 3, 1);
    private static readonly string Text = new('t', 500);

    /// <summary>A converter's or loader's error as the activities pass it on (FreeText: 200 characters).</summary>
    private static readonly string ToolError = new('e', 200);

    public static readonly PipelineRun Run = new(
        "pantry-pipeline-2026-03-01", Dir, Day, SourceKind.Csv, new SyntheticOptions(1_000_000, 500, 500, int.MaxValue, 0.5),
        new CsvSource(Dir + "/in/inventory.csv", Dir + "/in/purchase_history.csv", Dir + "/in/receipts"), ValidationPolicy.Quarantine, 365,
        Dir + "/suites", WriteCsv: true, Strict: true, AllowEmpty: true, Owner: new("pantry-pipeline-2026-03-01", Guid.NewGuid().ToString()));

    public static readonly RecipeModelInput Input = new(
        Dir, new string('n', 40), new TeacherOptions(TeacherKind.OpenAiCompatible, new string('m', 60), "https://" + new string('h', 90), 0.5), Dir + "/corpus.jsonl", 50_000,
        Enumerable.Range(0, Tags).ToDictionary(i => $"tag-{i}-{new string('x', 24)}", _ => 1.0 / Tags), new SplitOptions(0.1, 0.1), 7, 100, 16,
        new FilterOptions(), new TrainingOptions(true, "mlx-lm", new LoraSettings(SaveEvery: 100), 10_000, TimeSpan.FromHours(1)),
        new EvaluationOptions(true, 1000, 31, 100, 16, 4096, Dir + "/requests.jsonl"),
        new PromotionSettings(true, new ApprovalSettings(true, TimeSpan.FromHours(1), TimeSpan.FromDays(7))));

    private static readonly RecipeModelRun Recipe = RecipeModelRun.From(Input, Input.DatasetName!);

    private static readonly IReadOnlyDictionary<string, int> ByTag = Enumerable.Range(0, Tags).ToDictionary(i => $"tag-{i}-{new string('x', 24)}", i => 1000 + i);

    private static readonly IReadOnlyDictionary<string, int> ByReason = Enumerable.Range(0, Reasons).ToDictionary(i => $"reason-{i}-{new string('r', 40)}", i => 1000 + i);

    private static readonly IReadOnlyList<EvaluationCandidate> Candidates =
        [new(EvaluationNames.BaseCandidate, null, null, null), .. Enumerable.Range(1, RecipeModelDefaults.MaxCandidates - 1).Select(i => new EvaluationCandidate(EvaluationNames.CandidateName(i * 50), i * 50, 1.0 / i, Checkpoint(i).AdapterPath))];

    /// <summary>Activity name → its worst-case input and output.</summary>
    public static IReadOnlyDictionary<string, (object Input, object Output)> ByActivity { get; } = new Dictionary<string, (object, object)>(StringComparer.Ordinal)
    {
        [ActivityNames.Ingest] = (new IngestInput(Run, DataTable.Receipts), new IngestOutput(DataTable.Receipts, Dir + "/raw/receipts.parquet", Dir + "/raw/receipts.manifest.json", "sha256:" + new string('a', 64), Counts("ingest"), Dir + "/quarantine/ingest-receipts.parquet")),
        [ActivityNames.Validate] = (new ValidateInput(Run, DataTable.Purchases, Dir + "/raw/purchase_history.parquet"), new ValidateOutput(DataTable.Purchases, new string('s', 100), false, 500, 499, ValidationPolicy.Quarantine, Dir + "/work/validated/purchase_history.parquet", Dir + "/quarantine/validate-purchase_history.parquet", Dir + "/reports/validation/purchase_history.json", Counts("validate"))),
        [ActivityNames.PublishValidationReport] = (new PublishValidationReportInput(Run, [Dir + "/reports/validation/inventory.json", Dir + "/reports/validation/purchase_history.json"]), new PublishValidationReportOutput(Dir + "/reports/validation.html", Dir + "/reports/validation_summary.csv")),
        [ActivityNames.Transform] = (new TransformInput(Run, DataTable.Inventory, Dir + "/work/validated/inventory.parquet"), new TransformOutput(DataTable.Inventory, Dir + "/processed/inventory.parquet", Dir + "/quarantine/transform-inventory.parquet", Counts("transform"))),
        [ActivityNames.DetectAnomalies] = (new DetectAnomaliesInput(Run, Dir + "/processed/inventory.parquet", Dir + "/processed/purchase_history.parquet"), new DetectAnomaliesOutput(Dir + "/alerts/alerts.csv", Dir + "/alerts/alerts.parquet", new AlertCounts(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue), long.MaxValue)),
        [ActivityNames.BuildReports] = (new BuildReportsInput(Run, Dir + "/processed/inventory.parquet", Dir + "/processed/purchase_history.parquet"), new BuildReportsOutput(Dir + "/reports/bias.csv", Dir + "/reports/profile.csv", Dir + "/reports/report.html")),
        [ActivityNames.Snapshot] = (new SnapshotInput(Run, Text), new SnapshotOutput(new string('a', 64), int.MaxValue, int.MaxValue, long.MaxValue, true)),
        [ActivityNames.WriteRunReport] = (new WriteRunReportInput(Run, Summary()), new WriteRunReportOutput(Dir + "/reports/run-report.json")),
        [ActivityNames.ScheduledDay] = (new ScheduledDayInput(DateTimeOffset.MaxValue, "America/Argentina/ComodRivadavia"), new ScheduledDayOutput(Day)),
        [RecipeModelActivityNames.GenerateBatch] = (new GenerateBatchInput(Recipe, RecipeModelDefaults.MaxBatches - 1, 49_900, 100), Batch()),
        [RecipeModelActivityNames.GenerateBatchOnPool] = (new GenerateBatchInput(Recipe, RecipeModelDefaults.MaxBatches - 1, 49_900, 100), Batch()),
        [RecipeModelActivityNames.Filter] = (new FilterDatasetInput(Recipe, Enumerable.Range(0, RecipeModelDefaults.MaxBatches).Select(i => $"{Recipe.DatasetDir}/raw/batches/batch-{i:D5}.jsonl").ToArray()), Filtered()),
        [RecipeModelActivityNames.Split] = (new SplitDatasetInput(Recipe, Recipe.DatasetDir + "/processed/filter/kept.jsonl"), Split()),
        [RecipeModelActivityNames.Snapshot] = (new SnapshotDatasetInput(Recipe, Text), new SnapshotDatasetOutput(new string('a', 64), int.MaxValue, int.MaxValue)),
        [TrainingNames.CheckTrainerActivity] = (new TrainerCheckInput(Recipe.RunId), new TrainerCheckOutput(true, new string('h', 64), Text)),
        [TrainingNames.TrainActivity] = (new TrainInput(Recipe.RunId, Dir, Recipe.DatasetDir + "/processed/split", new string('a', 64), 45_000, new LoraSettings(), 10_000), Trained()),
        [EvaluationNames.PrepareActivity] = (new PrepareEvaluationSetInput(Recipe.RunId, Dir + "/requests.jsonl", Evaluation(), RecipeModelDefaults.MaxEvaluationSamples), new PrepareEvaluationSetOutput(Evaluation() + "/evaluation-requests.jsonl", RecipeModelDefaults.MaxEvaluationSamples, ByReason)),
        [EvaluationNames.EvaluateActivity] = (new EvaluateCheckpointInput(Recipe.RunId, Candidates[^1], Evaluation() + "/evaluation-requests.jsonl", 9_900, 100, 4096, Evaluation() + "/verdicts"), new EvaluateCheckpointOutput(Candidates[^1], [], double.MaxValue, ToolError, EvaluationNames.VerdictsFile(Evaluation() + "/verdicts", Candidates[^1].Name, 9_900))),
        [EvaluationNames.CompareActivity] = (new CompareCheckpointsInput(Recipe.RunId, Evaluation(), [], Candidates, Evaluation() + "/verdicts", RecipeModelDefaults.MaxEvaluationSamples, 100), Comparison()),
        [PromotionNames.PromoteActivity] = (new PromoteInput(Dir, Entry()), new PromoteOutput(Entry().Id, Entry().Id, Dir + "/models/registry.json")),
    };

    /// <summary>Workflow type → its worst-case input and result (also payloads).</summary>
    public static IReadOnlyDictionary<string, (object Input, object? Output)> ByWorkflow { get; } = new Dictionary<string, (object, object?)>(StringComparer.Ordinal)
    {
        [WorkflowNames.DataPipeline] = (Run with { Owner = null }, Summary()),
        [WorkflowNames.Sensor] = (new PantrySensorInput(Run with { Owner = null }, 50, Enumerable.Range(0, 62).Select(Day.AddDays).ToArray(), Enumerable.Range(0, 500).Select(i => new SensorRequest(Day.AddDays(i), true)).ToArray(), int.MaxValue, 500), null),
        [WorkflowNames.Scheduled] = (new ScheduledPipelineInput(Run with { Owner = null }, "America/Argentina/ComodRivadavia"), new ScheduledPipelineOutput("pantry-pipeline-2026-03-01", Day, Text, Summary())),
        [RecipeModelActivityNames.Workflow] = (Input, new RecipeModelOutput(Recipe.RunId, Recipe.DatasetName, Recipe.DatasetDir, new string('a', 64), new string('b', 64), 50_000, 50_000, 500, ByTag, ByReason, Filtered(), Split(),
            new ModelTrainingOutput(Trained(), new PrepareEvaluationSetOutput(Evaluation() + "/evaluation-requests.jsonl", 1000, ByReason), Comparison(), new PromotionOutcome("promoted", Entry().Id, new string('p', 60), Text, new PromoteOutput(Entry().Id, Entry().Id, Dir + "/models/registry.json"))))),
    };

    private static StageCounts Counts(string stage) => new(stage, DataTable.Purchases, long.MaxValue, long.MaxValue, long.MaxValue);

    private static PipelineSummary Summary() => new(
        "pantry-pipeline-2026-03-01", Day, SourceKind.Csv,
        [.. DataTables.Ingested.Select(_ => Counts("ingest")), .. DataTables.Validated.Select(_ => Counts("validate")), .. DataTables.Validated.Select(_ => Counts("transform"))],
        [.. DataTables.Validated.Select(t => new ValidationOutcome(t, new string('s', 100), false, 500, 499, ValidationPolicy.Quarantine, Dir + "/reports/validation/x.json"))],
        new AlertCounts(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue), new string('a', 64),
        Enumerable.Range(0, 16).ToDictionary(i => $"output/{i}/{new string('o', 20)}", _ => Dir + "/reports/" + new string('f', 60)));

    private static GenerateBatchOutput Batch() => new(RecipeModelDefaults.MaxBatches - 1, $"{Recipe.DatasetDir}/raw/batches/batch-00499.jsonl", 100, 100, false, ByTag, ByReason);

    private static FilterDatasetOutput Filtered() => new(
        Recipe.DatasetDir + "/processed/filter/kept.jsonl", Recipe.DatasetDir + "/processed/filter/removed.jsonl", Recipe.DatasetDir + "/reports/filter.csv", Recipe.DatasetDir + "/reports/filter.html", Recipe.DatasetDir + "/reports/filter.png",
        50_000, 40_000, 10_000, 50_000, [.. ByTag.Keys.Select(t => new TagFilterStats(t, 50_000, 40_000, 10_000, true))], ByReason.ToDictionary(r => r.Key, r => (long)r.Value));

    private static SplitDatasetOutput Split() => new(
        Recipe.DatasetDir + "/processed/split", Recipe.DatasetDir + "/processed/split/train.jsonl", Recipe.DatasetDir + "/processed/split/valid.jsonl", Recipe.DatasetDir + "/processed/split/test.jsonl",
        40_000, 5_000, 5_000, ByTag.ToDictionary(t => t.Key, t => (long)t.Value));

    private static CheckpointRecord Checkpoint(int i) =>
        new(i * 50, 1.0 / i, 1.1 / i, new string('a', 64), $"{Dir}/models/{Recipe.RunId}/checkpoints/{i * 50:D7}_adapters.safetensors", new string('c', 64), $"{Dir}/models/{Recipe.RunId}/checkpoints/{i * 50:D7}_adapters.onnx_adapter", ToolError);

    private static TrainOutput Trained() => new(
        TrainStatus.Trained, Text, 10_000, 10_000, [.. Enumerable.Range(1, RecipeModelDefaults.MaxCheckpoints).Select(Checkpoint)],
        [.. Enumerable.Range(1, 6).Select(a => new TrainingAttempt(a, 9_000, 10_000, 2048, 1, ToolError, ToolError))], new LoraSettings(), Dir + "/models/loss_curve.csv", Dir + "/models/loss_curve.png");

    private static string Evaluation() => $"{Dir}/models/{Recipe.RunId}/evaluation";

    private static CompareCheckpointsOutput Comparison() => new(
        [.. Candidates.Select(c => new CandidateResult(c, Figures("overall"), [.. ByTag.Keys.Select(Figures)], double.MaxValue, double.MaxValue, ToolError))],
        Candidates[^1].Name, Evaluation() + "/checkpoint_comparison.json", Evaluation() + "/checkpoint_comparison.html", Evaluation() + "/checkpoint_comparison.png");

    private static ComplianceFigures Figures(string tag) => new(tag, int.MaxValue, 0.123456789, 0.987654321, int.MaxValue, 0.999999999);

    private static ModelRegistryEntry Entry() => new(
        $"{Recipe.RunId}/{Candidates[^1].Name}", Recipe.DatasetName, Candidates[^1].AdapterPath, new string('a', 64),
        new Dictionary<string, double>(ByTag.Keys.Select(t => KeyValuePair.Create($"raw_compliance:{t}", 0.987654321)).Concat([KeyValuePair.Create("raw_compliance", 0.9), KeyValuePair.Create("parse_rate", 1.0), KeyValuePair.Create("samples", 1000.0), KeyValuePair.Create("served_compliance", 1.0), KeyValuePair.Create("val_loss", 0.123)])),
        DateTimeOffset.MaxValue, new string('p', 60));
}
