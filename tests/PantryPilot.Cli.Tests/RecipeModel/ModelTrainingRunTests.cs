using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.RecipeModel;

/// <summary>The whole recipe-model flow in process, as a user runs it: data half, train (the trainer stand-in, a named
/// test double, through Training__Command), checkpoint-evaluate on the real tiny model, promote into the registry.
/// Oracles are the files the run leaves, read here independently.</summary>
public sealed class ModelTrainingRunTests : IDisposable
{
    private readonly string dir = CliRunner.TempDir();

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string StandIn => Path.Combine(AppContext.BaseDirectory, "PantryPilot.TrainerStandIn.dll");

    private Dictionary<string, string?> Trainer(string extra = "") => new()
    {
        ["Training__BaseModel"] = "stand-in-base",
        ["Training__WorkDir"] = Path.Combine(dir, "work"),
        ["Training__Command"] = $"dotnet \"{StandIn}\" --model {{model}} --train --data {{data}} --config {{config}} --adapter-path {{adapter_path}} --iters {{iters}} " +
            $"--batch-size {{batch_size}} --max-seq-length {{max_seq_length}} --save-every {{save_every}} --steps-per-report {{steps_per_report}} --steps-per-eval {{steps_per_eval}} {{resume}} {extra}",
    };

    private string[] Run(string name, params string[] extra) =>
        ["model", "run", "--data-dir", Path.Combine(dir, "data"), "--name", name, "--samples", "200", "--eval-samples", "10", "--eval-max-tokens", "16", .. extra];

    [Fact]
    public async Task ModelRun_TrainCrashesOnce_RetryResumesEvaluatesAndPromotesWithApproval()
    {
        var marker = Path.Combine(dir, "crash.marker");
        var env = Trainer($"--crash-at 800 --fault-marker \"{marker}\"");
        // The tiny model's answers are noise: with the default floors the promotion gate would refuse it (tested below);
        // here the floors are off so the approval path itself is what is checked.
        foreach (var floor in new[] { "ParseRate", "RawCompliance", "ServedCompliance", "Samples" })
        {
            env[$"Promotion__Floors__{floor}"] = "0";
        }

        // The in-process runner applies the stage's retry policy, as Temporal would: the crashed attempt is retried in
        // the same run (a retry line says so) and the retry resumes from the latest checkpoint.
        var first = await CliRunner.RunAsync(Run("it", "--train", "--iterations", "1200", "--require-approval", "--approve-as", "ana"), env);
        Assert.True(first.ExitCode == 0, first.All);
        Assert.Contains("attempt 1 failed", Flat(first.All), StringComparison.Ordinal);
        Assert.Contains("the next attempt resumes from checkpoint 500", Flat(first.All), StringComparison.Ordinal);

        var models = Path.Combine(dir, "data", "models");
        using (var state = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(models, "recipe-model-it", "training-state.json"))))
        {
            var attempts = state.RootElement.GetProperty("attempts").EnumerateArray().ToList();
            Assert.Equal(2, attempts.Count);
            Assert.Equal(500, attempts[1].GetProperty("resumedFrom").GetInt32());
            Assert.Equal(700, attempts[1].GetProperty("iterations").GetInt32());
        }

        Assert.Equal(["0000500_adapters.safetensors", "0001000_adapters.safetensors", "0001200_adapters.safetensors"],
            Directory.GetFiles(Path.Combine(models, "recipe-model-it", "checkpoints")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var curve = File.ReadLines(Path.Combine(models, "recipe-model-it", "loss_curve.csv")).Skip(1).Select(l => l.Split(',')).Where(p => p[1] == "train").Select(p => int.Parse(p[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(curve.Distinct().Count(), curve.Count);
        Assert.Equal(1200, curve.Max());

        // The stand-in's checkpoints are not ONNX Runtime GenAI adapters: every one is reported unusable, base is best.
        using (var comparison = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(models, "recipe-model-it", "evaluation", "checkpoint_comparison.json"))))
        {
            var candidates = comparison.RootElement.GetProperty("candidates").EnumerateArray().ToList();
            Assert.Equal(["base", "iter-0000500", "iter-0001000", "iter-0001200"], candidates.Select(c => c.GetProperty("candidate").GetProperty("name").GetString()));
            Assert.All(candidates.Skip(1), c => Assert.StartsWith("adapter not usable", c.GetProperty("error").GetString(), StringComparison.Ordinal));
            Assert.Equal(10, candidates[0].GetProperty("overall").GetProperty("samples").GetInt32());
            Assert.Equal("base", comparison.RootElement.GetProperty("best").GetString());
        }

        Assert.True(File.Exists(Path.Combine(models, "recipe-model-it", "evaluation", "checkpoint_comparison.html")));
        using var registry = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(models, "registry.json")));
        Assert.Equal("recipe-model-it/base", registry.RootElement.GetProperty("promoted").GetString());
        var entry = registry.RootElement.GetProperty("entries")[0];
        Assert.Equal("ana", entry.GetProperty("approvedBy").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("adapterPath").ValueKind);
    }

    [Fact]
    public async Task ModelRun_EvaluatePromoteOnTheTinyModel_GateRefusesExit9AndNothingIsRegistered()
    {
        // The issue's case: the base model answers noise (no raw compliance, few parseable answers) and used to be promoted.
        var result = await CliRunner.RunAsync(Run("solo", "--evaluate", "--promote"));

        Assert.True(result.ExitCode == 9, result.All);
        Assert.Contains("not promoted (promotion gate): recipe-model-solo/base not promoted: evaluated on 10 samples; the floor is 20; parse rate", Flat(result.All), StringComparison.Ordinal);
        Assert.Contains("is below the floor of 90.0 %", Flat(result.All), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "data", "models", "registry.json")));
    }

    [Fact]
    public async Task ModelRun_RequireApprovalWithoutTerminalOrApproveAs_RefusedBeforeAnyWork()
    {
        var started = DateTime.UtcNow;

        var result = await CliRunner.RunAsync(Run("nobody", "--evaluate", "--require-approval"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--require-approval in an in-process run needs a person", Flat(result.All), StringComparison.Ordinal);
        Assert.Contains("--approve-as NAME", Flat(result.All), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "data")));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60));
    }

    [Theory]
    [InlineData("Training__Trainer", "mlx-lm", "Training:BaseModel")]
    [InlineData("Training__Trainer", "deepspeed", "must be none, mlx-lm or script")]
    public async Task ModelRun_BadTrainingConfiguration_FailsClearlyWithoutAStackTrace(string key, string value, string message)
    {
        var result = await CliRunner.RunAsync(Run("bad", "--train"), new Dictionary<string, string?> { [key] = value });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, Flat(result.All), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", Flat(result.All), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task ModelRun_NonPositiveTrainQueueTimeout_FailsClearlyBeforeAnyWork(string minutes)
    {
        var result = await CliRunner.RunAsync(Run("queue", "--train", "--train-queue-timeout-minutes", minutes));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--train-queue-timeout-minutes must be positive (got {minutes})", Flat(result.All), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", Flat(result.All), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "data", "queue")));
    }

    [Fact]
    public async Task ModelRun_TrainerNotOnPath_FailsNonRetryableNamingIt()
    {
        var result = await CliRunner.RunAsync(Run("nopath", "--train"), new Dictionary<string, string?> { ["Training__Trainer"] = "mlx-lm", ["Training__BaseModel"] = "phi", ["PATH"] = "/nonexistent" + Path.PathSeparator + Path.GetDirectoryName(Environment.ProcessPath) });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("trainer 'mlx_lm.lora' not found on PATH", Flat(result.All), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", Flat(result.All), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelRegistry_ListPromoteRollback_ChangeWhatIsServed()
    {
        var data = Path.Combine(dir, "data");
        Directory.CreateDirectory(Path.Combine(data, "models"));
        await File.WriteAllTextAsync(Path.Combine(data, "models", "registry.json"), """
            {"entries":[
              {"id":"run-1/base","name":"a","adapterPath":null,"datasetSnapshotId":"s1","metrics":{"raw_compliance":0.62},"registeredAt":"2026-11-01T00:00:00+00:00","approvedBy":null},
              {"id":"run-2/iter-0008000","name":"b","adapterPath":"/store/a.onnx_adapter","datasetSnapshotId":"s2","metrics":{"raw_compliance":0.96,"served_compliance":1},"registeredAt":"2026-11-02T00:00:00+00:00","approvedBy":"ana"}],
             "promoted":"run-2/iter-0008000","history":["run-1/base","run-2/iter-0008000"]}
            """);

        var list = await CliRunner.RunAsync(["model", "list", "--data-dir", data]);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("run-2/iter-0008000", Flat(list.Output), StringComparison.Ordinal);
        Assert.Contains("96.0 %", Flat(list.Output), StringComparison.Ordinal);

        var rollback = await CliRunner.RunAsync(["model", "rollback", "--data-dir", data]);
        Assert.Equal(0, rollback.ExitCode);
        Assert.Equal("run-1/base", Promoted(data));

        var unknown = await CliRunner.RunAsync(["model", "promote", "run-9/x", "--data-dir", data]);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no model 'run-9/x'", Flat(unknown.All), StringComparison.Ordinal);

        var promote = await CliRunner.RunAsync(["model", "promote", "run-2/iter-0008000", "--data-dir", data]);
        Assert.Equal(0, promote.ExitCode);
        Assert.Equal("run-2/iter-0008000", Promoted(data));
    }

    [Theory]
    [InlineData("list")]
    [InlineData("promote")]
    [InlineData("rollback")]
    [InlineData("approve")]
    [InlineData("approve-link")]
    [InlineData("check-link")]
    public async Task Help_RegistryCommands_PrintUsage(string command)
    {
        var result = await CliRunner.RunAsync(["model", command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
    }

    /// <summary>The console wraps long lines: compare text with runs of whitespace folded to one space.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    private static string? Promoted(string data)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "models", "registry.json")));
        return json.RootElement.GetProperty("promoted").GetString();
    }
}
