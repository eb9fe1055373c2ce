using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Activities.Training;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Storage;
using PantryPilot.Inference.Evaluation;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using PantryPilot.Inference.Recipes;
using Spectre.Console;

namespace PantryPilot.Benchmarks.Training;

/// <summary>
/// `evaluation [--samples 100] [--parallel 2] [--max-tokens 64]`: checkpoint-evaluation throughput on the tiny model:
/// N shipped compliance requests through evaluate-checkpoint shards of 10, P shards at once (the pool's concurrency).
/// `supervisor [--iterations 10956] [--runs 3]`: the train activity's supervision overhead: the trainer stand-in (a
/// named test double) run bare (stdout drained) against the same run through <see cref="TrainingSupervisor"/> (progress
/// parsing, heartbeats, loss curve, checkpoint copies), interleaved, medians.
/// </summary>
public static class ModelTrainingBenchmark
{
    public static async Task<int> EvaluationAsync(string[] args)
    {
        var samples = IntArg(args, "--samples", 100);
        var parallel = IntArg(args, "--parallel", 2);
        var maxTokens = IntArg(args, "--max-tokens", 64);
        var options = new InferenceOptions { Provider = "cpu", MaxConcurrentActivities = parallel, DefaultMaxTokens = maxTokens, MaxTokensLimit = 1024 };
        using var host = RecipeModelHost.Load(options);
        var activities = new CheckpointEvaluationActivities(new CheckpointEvaluator(host, new RecipeGenerator(host, options), options), host, DataRoot.ForLocalRun(Directory.GetCurrentDirectory()));
        var requests = Path.Combine(ModelPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "inference-worker", "requests", "compliance-requests.jsonl");
        var candidate = new EvaluationCandidate(EvaluationNames.BaseCandidate, null, null, null);
        await activities.EvaluateAsync(new EvaluateCheckpointInput("warmup", candidate, requests, 0, 2, maxTokens));

        var stopwatch = Stopwatch.StartNew();
        var shards = Enumerable.Range(0, (samples + 9) / 10).Select(i => new EvaluateCheckpointInput("bench", candidate, requests, i * 10, Math.Min(10, samples - (i * 10)), maxTokens)).ToList();
        var outputs = new List<EvaluateCheckpointOutput>();
        foreach (var wave in shards.Chunk(parallel))
        {
            outputs.AddRange(await Task.WhenAll(wave.Select(s => Task.Run(() => activities.EvaluateAsync(s)))));
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var verdicts = outputs.SelectMany(o => o.Samples).ToList();
        AnsiConsole.MarkupLineInterpolated($"model {host.ModelPath} on {host.Provider}; {verdicts.Count} samples, {parallel} shards at once, max {maxTokens} tokens");
        AnsiConsole.MarkupLineInterpolated($"evaluation throughput: {verdicts.Count / seconds:F1} samples/s ({seconds:F2} s); tokens/s per raw answer (median) {Median(verdicts.Select(v => v.TokensPerSecond)):F0}; raw latency p50 {Median(verdicts.Select(v => v.LatencyMs)):F1} ms");
        AnsiConsole.MarkupLineInterpolated($"parse rate {verdicts.Count(v => v.RawParsed) / (double)verdicts.Count:P1}, raw compliance {verdicts.Count(v => v.RawCompliant) / (double)verdicts.Count:P1}, served recipes {verdicts.Count(v => v.ServedRecipe)}, served violations {verdicts.Sum(v => v.ServedViolations)}");
        return 0;
    }

    public static async Task<int> SupervisorAsync(string[] args)
    {
        var iterations = IntArg(args, "--iterations", 10956);
        var runs = IntArg(args, "--runs", 3);
        var dll = Path.Combine(AppContext.BaseDirectory, "PantryPilot.TrainerStandIn.dll");
        var dotnet = Environment.ProcessPath!;
        var root = Directory.CreateTempSubdirectory("pantrypilot-supervisor-bench-").FullName;
        var dataset = Path.Combine(root, "dataset");
        Directory.CreateDirectory(dataset);
        await File.WriteAllTextAsync(Path.Combine(dataset, "train.jsonl"), "{}\n");
        await File.WriteAllTextAsync(Path.Combine(dataset, "valid.jsonl"), "{}\n");
        var bare = new List<double>();
        var supervised = new List<double>();
        var heartbeats = 0;
        try
        {
            for (var run = 0; run < runs + 1; run++)
            {
                var adapters = Path.Combine(root, $"bare-{run}");
                var stopwatch = Stopwatch.StartNew();
                var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var a in new[] { dll, "--model", "m", "--train", "--data", dataset, "--adapter-path", adapters, "--iters", iterations.ToString(CultureInfo.InvariantCulture), "--save-every", "500", "--batch-size", "1", "--steps-per-report", "10" })
                {
                    start.ArgumentList.Add(a);
                }

                using (var process = Process.Start(start)!)
                {
                    var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
                    await process.WaitForExitAsync();
                    await drain;
                }

                var bareSeconds = stopwatch.Elapsed.TotalSeconds;
                var options = new TrainerOptions { Command = $"\"{dotnet}\" \"{dll}\" {TrainerTemplates.Flags}", BaseModel = "m", WorkDir = Path.Combine(root, "work") };
                stopwatch.Restart();
                var count = 0;
                await new TrainingSupervisor(options).TrainAsync(
                    new TrainInput($"bench-{run}", root, dataset, "snap", iterations, new LoraSettings(Epochs: 1)),
                    new TrainingAttemptContext(1, null, _ => count++, NullLogger.Instance, CancellationToken.None));
                var supervisedSeconds = stopwatch.Elapsed.TotalSeconds;
                if (run > 0)
                {
                    // The first round warms the file cache and the JIT.
                    bare.Add(bareSeconds);
                    supervised.Add(supervisedSeconds);
                    heartbeats = count;
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        var (b, s) = (Median(bare), Median(supervised));
        AnsiConsole.MarkupLineInterpolated($"trainer stand-in, {iterations} iterations (progress every 10, checkpoint every 500), {runs} runs after one warm-up:");
        AnsiConsole.MarkupLineInterpolated($"  bare {b:F2} s, supervised {s:F2} s: overhead {s - b:F2} s ({(s - b) / b:P0}); {heartbeats} heartbeat calls a run, {iterations / 500} checkpoints copied and hashed");
        return 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
