using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Activities.Training;
using PantryPilot.Contracts.RecipeModel;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Tests.Training;

/// <summary>The train activity's supervisor driving the trainer stand-in (a named test double) through real processes
/// and real files. Each test calls the supervisor once per attempt, as Temporal's retry policy would.</summary>
public sealed class TrainingSupervisorTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly ConcurrentQueue<TrainingProgress> heartbeats = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Train_CrashAt8250Of10956_NextAttemptResumesFrom8000AndFinishes()
    {
        var trace = temp.File("trace.txt");
        var options = Options($"--crash-at 8250 --fault-marker \"{temp.File("crash.marker")}\" --trace \"{trace}\"");
        var input = Input(trainSamples: 3652, new LoraSettings()); // 3,652 x 3 epochs / batch 1 = 10,956 iterations

        var crash = await Assert.ThrowsAsync<ApplicationFailureException>(() => new TrainingSupervisor(options).TrainAsync(input, Context(1)));
        Assert.Equal(TrainingNames.TrainerCrashed, crash.ErrorType);
        Assert.False(crash.NonRetryable);
        Assert.Contains("resumes from checkpoint 8000", crash.Message, StringComparison.Ordinal);
        var firstRun = ReadTrace(trace);

        var output = await new TrainingSupervisor(options).TrainAsync(input, Context(2));

        Assert.Equal(TrainStatus.Trained, output.Status);
        Assert.Equal(10956, output.TotalIterations);
        var second = output.Attempts.Single(a => a.Attempt == 2);
        Assert.Equal(8000, second.ResumedFrom);
        Assert.Equal(2956, second.Iterations);
        Assert.StartsWith("crashed (exit 1)", output.Attempts.Single(a => a.Attempt == 1).Outcome, StringComparison.Ordinal);

        // The stand-in's own trace (its oracle, not ours): attempt 1 ran 1..8249; attempt 2 ran 8001..10956, each once.
        var all = ReadTrace(trace);
        Assert.Equal(Enumerable.Range(1, 8249), firstRun);
        Assert.Equal(Enumerable.Range(8001, 2956), all.Skip(firstRun.Count));
        Assert.DoesNotContain(all.Skip(firstRun.Count), i => i <= 8000);

        // Every 500 iterations plus the final one, each file carrying the iteration the stand-in wrote into it.
        Assert.Equal(Enumerable.Range(1, 21).Select(i => i * 500).Append(10956), output.Checkpoints.Select(c => c.Iteration));
        foreach (var checkpoint in output.Checkpoints)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(checkpoint.Path));
            Assert.Equal(checkpoint.Iteration, json.RootElement.GetProperty("global_iteration").GetInt32());
            Assert.Equal("snap-test", checkpoint.DatasetSnapshotId);
            Assert.NotNull(checkpoint.ValLoss);
        }

        // The loss curve holds each iteration once, across both attempts, up to the last.
        var rows = File.ReadLines(output.LossCurveCsv!).Skip(1).Select(l => l.Split(',')).Select(p => (It: int.Parse(p[0], CultureInfo.InvariantCulture), Kind: p[1])).ToList();
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(10956, rows.Max(r => r.It));
        Assert.Contains(rows, r => r.It == 8240 && r.Kind == "train");
        Assert.True(File.Exists(output.LossCurvePng!) || output.LossCurvePng is null);

        // Heartbeats of attempt 2 count on from the checkpoint, never from 0.
        Assert.All(heartbeats.Where(h => h.Attempt == 2), h => Assert.True(h.Iteration >= 8000));
        Assert.Contains(heartbeats, h => h is { Attempt: 2, Iteration: 10956, TrainLoss: not null, PeakMemoryGb: not null, TokensPerSecond: not null });
    }

    [Fact]
    public async Task Train_OutOfMemory_NextAttemptHalvesMaxSequenceAndResumes()
    {
        var options = Options("--oom-at 300 --oom-when-max-seq-above 1024");
        var input = Input(trainSamples: 1000, new LoraSettings(SaveEvery: 100, Epochs: 1));

        var oom = await Assert.ThrowsAsync<ApplicationFailureException>(() => new TrainingSupervisor(options).TrainAsync(input, Context(1)));
        Assert.Equal(TrainingNames.TrainerOutOfMemory, oom.ErrorType);
        Assert.False(oom.NonRetryable);

        var output = await new TrainingSupervisor(options).TrainAsync(input, Context(2));

        Assert.Equal(1024, output.Applied.MaxSeqLength);
        Assert.Equal(1, output.Applied.BatchSize);
        var first = output.Attempts.Single(a => a.Attempt == 1);
        var second = output.Attempts.Single(a => a.Attempt == 2);
        Assert.StartsWith("out-of-memory", first.Outcome, StringComparison.Ordinal);
        Assert.Equal(2048, first.MaxSeqLength);
        Assert.Equal(1024, second.MaxSeqLength);
        Assert.Equal(200, second.ResumedFrom);
        Assert.Equal("out of memory: max sequence length 2048 -> 1024", second.Adjustment);
        Assert.Equal("completed", second.Outcome);
        Assert.Equal(1000, output.Checkpoints[^1].Iteration);
    }

    [Fact]
    public async Task Train_OutOfMemoryAtBatch2_HalvesTheBatchAndRunsTwiceTheTrainerIterationsForTheSameSamples()
    {
        var samples = temp.File("samples.txt");
        var options = Options($"--oom-at 700 --oom-when-batch-above 1 --trace-samples \"{samples}\"");
        var input = Input(trainSamples: 2000, new LoraSettings(BatchSize: 2, GradAccumulation: 4, SaveEvery: 500, Epochs: 1)); // 2,000 x 1 / 2 = 1,000 iterations

        var oom = await Assert.ThrowsAsync<ApplicationFailureException>(() => new TrainingSupervisor(options).TrainAsync(input, Context(1)));
        Assert.Equal(TrainingNames.TrainerOutOfMemory, oom.ErrorType);
        var firstRun = ReadSamples(samples);

        var output = await new TrainingSupervisor(options).TrainAsync(input, Context(2));

        var second = output.Attempts.Single(a => a.Attempt == 2);
        Assert.Equal((500, 500, 1), (second.ResumedFrom, second.Iterations, second.BatchSize));
        Assert.Equal("out of memory: batch 2 -> 1, gradient accumulation 4 -> 8, trainer iterations x2 (same samples seen, same optimizer updates)", second.Adjustment);
        Assert.Equal((1, 8), (output.Applied.BatchSize, output.Applied.GradAccumulation));

        // The stand-in's own count of samples (iterations x its --batch-size): attempt 1 saw 2..1,398 in steps of 2 and
        // ran out of memory in iteration 700; attempt 2 resumed at the 1,000 samples of checkpoint 500 and saw
        // 1,001..2,000 one at a time: 1,000 trainer iterations, the same 2,000 samples the original settings would see.
        var all = ReadSamples(samples);
        Assert.Equal(Enumerable.Range(1, 699).Select(i => 2L * i), firstRun);
        Assert.Equal(Enumerable.Range(1001, 1000).Select(i => (long)i), all.Skip(firstRun.Count));

        // Run iterations keep meaning 2 samples each, before and after the cut.
        Assert.Equal([500, 1000], output.Checkpoints.Select(c => c.Iteration));
        foreach (var checkpoint in output.Checkpoints)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(checkpoint.Path));
            Assert.Equal(checkpoint.Iteration * 2L, json.RootElement.GetProperty("samples_seen").GetInt64());
        }

        var rows = File.ReadLines(output.LossCurveCsv!).Skip(1).Select(l => l.Split(',')).Select(p => (It: int.Parse(p[0], CultureInfo.InvariantCulture), Kind: p[1])).ToList();
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(1000, rows.Max(r => r.It));
        Assert.All(heartbeats.Where(h => h.Attempt == 2), h => Assert.InRange(h.Iteration, 500, 1000));
    }

    [Fact]
    public async Task Train_OutOfMemoryAtSmallestSettings_FailsNonRetryable()
    {
        var options = Options("--oom-at 5 --oom-when-max-seq-above 0");
        var input = Input(trainSamples: 100, new LoraSettings(MaxSeqLength: 512, SaveEvery: 50, Epochs: 1));

        var e = await Assert.ThrowsAsync<ApplicationFailureException>(() => new TrainingSupervisor(options).TrainAsync(input, Context(1)));

        Assert.Equal(TrainingNames.TrainerOutOfMemoryExhausted, e.ErrorType);
        Assert.True(e.NonRetryable);
        Assert.Contains("nothing left to shrink", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_Cancelled_KillsTrainerAndItsChildren()
    {
        var pidFile = temp.File("trainer.pid");
        var childFile = temp.File("child.pid");
        var options = Options($"--delay-ms 2 --spawn-child --pid-file \"{pidFile}\" --child-pid-file \"{childFile}\"");
        var input = Input(trainSamples: 100000, new LoraSettings(Epochs: 1));
        using var cancel = new CancellationTokenSource();
        var context = Context(1) with { CancellationToken = cancel.Token };

        var run = new TrainingSupervisor(options).TrainAsync(input, context);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(File.Exists(childFile) && heartbeats.Any(h => h.Iteration >= 20)) && DateTime.UtcNow < deadline && !run.IsCompleted)
        {
            await Task.Delay(50);
        }

        var trainer = ReadPid(pidFile);
        var child = ReadPid(childFile);
        Assert.True(IsAlive(trainer) && IsAlive(child), "the stand-in and its child should be running before cancellation");
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.False(await StillAliveAfterAsync(trainer, TimeSpan.FromSeconds(5)), $"trainer {trainer} survived cancellation");
        Assert.False(await StillAliveAfterAsync(child, TimeSpan.FromSeconds(5)), $"trainer's child {child} survived cancellation");
        var state = TrainingState.Load(new TrainingSupervisor.RunPaths(temp.Path, "run-1").State)!;
        Assert.Equal("cancelled", state.Attempts.Single().Outcome);
    }

    [Fact]
    public async Task Train_WorkerLostMidRun_NextAttemptMarksItLostAndResumes()
    {
        var options = Options($"--crash-at 450 --fault-marker \"{temp.File("m")}\"");
        var input = Input(trainSamples: 600, new LoraSettings(SaveEvery: 100, Epochs: 1));
        await Assert.ThrowsAsync<ApplicationFailureException>(() => new TrainingSupervisor(options).TrainAsync(input, Context(1)));

        // A lost worker never records how its attempt ended: make the store look like that.
        var paths = new TrainingSupervisor.RunPaths(temp.Path, "run-1");
        var state = TrainingState.Load(paths.State)!;
        state.WithAttempt(state.Attempts.Single() with { Outcome = TrainingState.RunningOutcome }).Save(paths.State);
        var lastHeartbeat = new TrainingProgress(1, 440, 600, 0, 400, 1.0, 1.2, 1e-4, 800, 9.0);

        var output = await new TrainingSupervisor(options).TrainAsync(input, Context(2) with { PreviousHeartbeat = lastHeartbeat });

        Assert.Equal("lost (worker gone) (last heartbeat: iteration 440)", output.Attempts.Single(a => a.Attempt == 1).Outcome);
        Assert.Equal(400, output.Attempts.Single(a => a.Attempt == 2).ResumedFrom);
    }

    [Fact]
    public async Task Train_SilentCheckpointConversion_KeepsHeartbeating()
    {
        // A converter that says nothing for 12 s (real ones take minutes): the 2-minute heartbeat timeout must not fire.
        var options = Options();
        options.ConvertCommand = "sh -c \"sleep 12\" {input} {output}";
        var input = Input(trainSamples: 100, new LoraSettings(SaveEvery: 100, Epochs: 1));

        var output = await new TrainingSupervisor(options).TrainAsync(input, Context(1));

        // Training heartbeats carry losses; a conversion heartbeat carries the training done and no loss.
        Assert.Contains(heartbeats, h => h is { Iteration: 100, LatestCheckpoint: 100, TrainLoss: null });
        Assert.NotNull(Assert.Single(output.Checkpoints).ConversionError); // sleep writes no adapter
    }

    [Fact]
    public async Task Train_NoTrainerConfigured_SaysSoWithoutFailing()
    {
        var output = await new TrainingSupervisor(new TrainerOptions()).TrainAsync(Input(100, new LoraSettings()), Context(1));

        Assert.Equal(TrainStatus.NoTrainer, output.Status);
        Assert.Contains("base model only", output.Message, StringComparison.Ordinal);
        Assert.Empty(output.Checkpoints);
    }

    [Theory]
    [InlineData("no-such-trainer-pantrypilot {resume}", TrainingNames.TrainerNotFound, "not found on PATH")]
    [InlineData("/nonexistent/dir/train.sh {resume}", TrainingNames.TrainerNotFound, "'/nonexistent/dir/train.sh' not found")]
    [InlineData("mlx_lm.lora --model {modle} {resume}", TrainingNames.TrainerConfigurationInvalid, "unknown placeholder(s) {modle}")]
    [InlineData("mlx_lm.lora --model \"{model}", TrainingNames.TrainerConfigurationInvalid, "unclosed \" quote")]
    [InlineData("{model} --train", TrainingNames.TrainerConfigurationInvalid, "must start with a program")]
    public async Task Train_BadConfiguration_FailsNonRetryableWithClearMessage(string command, string errorType, string message)
    {
        var options = new TrainerOptions { Command = command, BaseModel = "base" };

        var e = await Assert.ThrowsAsync<ApplicationFailureException>(() => new TrainingSupervisor(options).TrainAsync(Input(100, new LoraSettings()), Context(1)));

        Assert.Equal(errorType, e.ErrorType);
        Assert.True(e.NonRetryable);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_DatasetWithoutValidSplit_FailsNonRetryable()
    {
        File.Delete(Path.Combine(Dataset(), "valid.jsonl"));

        var e = await Assert.ThrowsAsync<ApplicationFailureException>(() => new TrainingSupervisor(Options()).TrainAsync(Input(100, new LoraSettings()), Context(1)));

        Assert.True(e.NonRetryable);
        Assert.Contains("has no valid.jsonl", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoraConfigYaml_OriginalSettings_CarriesRankAlphaDropoutLayersAndRate()
    {
        var yaml = TrainingSupervisor.LoraConfigYaml(new LoraSettings());

        Assert.Contains("rank: 8\n", yaml, StringComparison.Ordinal);
        Assert.Contains("alpha: 16.0\n", yaml, StringComparison.Ordinal);
        Assert.Contains("dropout: 0.05\n", yaml, StringComparison.Ordinal);
        Assert.Contains("scale: 2.0\n", yaml, StringComparison.Ordinal);
        Assert.Contains("num_layers: 16\n", yaml, StringComparison.Ordinal);
        Assert.Contains("learning_rate: 1.0e-04\n", yaml, StringComparison.Ordinal);
        Assert.Contains("grad_accumulation_steps: 4\n", yaml, StringComparison.Ordinal);
    }

    private TrainerOptions Options(string extra = "") =>
        new() { Command = TrainerStandIn.Template(extra), BaseModel = "stand-in-base", WorkDir = temp.Combine("work") };

    private string Dataset()
    {
        var dir = temp.Combine("dataset");
        Directory.CreateDirectory(dir);
        if (!File.Exists(Path.Combine(dir, "train.jsonl")))
        {
            File.WriteAllText(Path.Combine(dir, "train.jsonl"), "{\"text\": \"x\"}\n");
            File.WriteAllText(Path.Combine(dir, "valid.jsonl"), "{\"text\": \"y\"}\n");
        }

        return dir;
    }

    private TrainInput Input(int trainSamples, LoraSettings lora) => new("run-1", temp.Path, Dataset(), "snap-test", trainSamples, lora);

    private TrainingAttemptContext Context(int attempt) => new(attempt, null, heartbeats.Enqueue, NullLogger.Instance, CancellationToken.None);

    private static List<int> ReadTrace(string path) => File.ReadLines(path).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToList();

    private static List<long> ReadSamples(string path) => File.ReadLines(path).Select(l => long.Parse(l, CultureInfo.InvariantCulture)).ToList();

    private static int ReadPid(string path) => int.Parse(File.ReadAllText(path), CultureInfo.InvariantCulture);

    /// <summary>From /proc, independently of System.Diagnostics.Process: a zombie counts as gone.</summary>
    private static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task<bool> StillAliveAfterAsync(int pid, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (IsAlive(pid) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return IsAlive(pid);
    }
}
