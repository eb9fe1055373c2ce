using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

// TEST DOUBLE: stands in for `mlx_lm.lora` (and the GPU-node script with the same contract). Nothing is trained; the
// loss is a formula. What is real: the command-line contract, the progress lines, the checkpoint files and the ways
// a trainer ends (exit 0, a crash, an out-of-memory abort, being killed with its children).
var a = new Args(args);
if (a.Text("--convert-empty") is { } convertTo)
{
    // The converter's stand-in (Training:ConvertCommand): writes a real ONNX Runtime adapter file with no parameters,
    // a LoRA of rank zero. The runtime loads and activates it like any adapter and the model answers as the base
    // model does, so serving can be checked by which adapter answered, not by what it says.
    File.WriteAllBytes(convertTo, EmptyAdapter.Bytes());
    return 0;
}

if (a.Has("--child-sleep"))
{
    // A child process such as a data-loader worker: it only has to exist until its parent's tree is killed.
    Thread.Sleep(Timeout.Infinite);
    return 0;
}

var iters = a.Int("--iters", 1000);
var saveEvery = a.Int("--save-every", 100);
var report = a.Int("--steps-per-report", 10);
var evalEvery = a.Int("--steps-per-eval", 200);
var batch = a.Int("--batch-size", 4);
var maxSeq = a.Int("--max-seq-length", 2048);
var adapterPath = a.Text("--adapter-path") ?? "adapters";
var resume = a.Text("--resume-adapter-file");
var delayMs = a.Int("--delay-ms", 0);
var crashAt = a.Int("--crash-at", 0);
var oomAt = a.Int("--oom-at", 0);
var oomAboveSeq = a.Int("--oom-when-max-seq-above", 0);
var oomAboveBatch = a.Int("--oom-when-batch-above", 0);
var traceSamples = a.Text("--trace-samples");
var marker = a.Text("--fault-marker");
var trace = a.Text("--trace");
var config = a.Text("--config");

if (a.Text("--model") is null || a.Text("--data") is null || !a.Has("--train"))
{
    Console.Error.WriteLine("usage: trainer-standin --model M --train --data DIR --adapter-path DIR --iters N [--resume-adapter-file F] ...");
    return 2;
}

if (config is not null && !File.Exists(config))
{
    Console.Error.WriteLine($"FileNotFoundError: config file {config} not found");
    return 1;
}

if (a.Text("--pid-file") is { } pidFile)
{
    File.WriteAllText(pidFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
}

if (a.Has("--spawn-child"))
{
    var dll = typeof(Args).Assembly.Location;
    var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!) { ArgumentList = { dll, "--child-sleep" }, UseShellExecute = false })!;
    if (a.Text("--child-pid-file") is { } childFile)
    {
        File.WriteAllText(childFile, child.Id.ToString(CultureInfo.InvariantCulture));
    }
}

// Like real weights, the checkpoint carries the state: where this run's count starts in the whole run, and how many
// samples the weights have seen (iterations x batch: a run whose batch changed counts samples, not iterations).
var start = 0;
var startSamples = 0L;
if (resume is not null)
{
    if (!File.Exists(resume))
    {
        Console.Error.WriteLine($"FileNotFoundError: [Errno 2] No such file or directory: '{resume}'");
        return 1;
    }

    using var resumed = JsonDocument.Parse(File.ReadAllText(resume));
    start = resumed.RootElement.GetProperty("global_iteration").GetInt32();
    startSamples = resumed.RootElement.TryGetProperty("samples_seen", out var seen) ? seen.GetInt64() : (long)start * batch;
    Console.WriteLine($"Loading fine-tuned weights from {resume}");
}

Console.WriteLine("Loading pretrained model");
Console.WriteLine("Loading datasets");
Console.WriteLine("Training");
Console.WriteLine($"Starting training..., iters: {iters}");
Directory.CreateDirectory(adapterPath);
File.WriteAllText(Path.Combine(adapterPath, "adapter_config.json"), JsonSerializer.Serialize(new { standin = true, max_seq_length = maxSeq, batch_size = batch }));
using var traceWriter = trace is null ? null : new StreamWriter(trace, append: true) { AutoFlush = true };
using var samplesWriter = traceSamples is null ? null : new StreamWriter(traceSamples, append: true) { AutoFlush = true };
var fault = marker is null || !File.Exists(marker);

for (var it = 1; it <= iters; it++)
{
    var global = start + it;
    if (it == 1 || it % evalEvery == 0 || it == iters)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Iter {it}: Val loss {ValLoss(global):F3}, Val took 0.010s"));
    }

    if (fault && oomAt > 0 && it == oomAt && maxSeq > oomAboveSeq && batch > oomAboveBatch)
    {
        Fire();
        Console.Error.WriteLine("libc++abi: terminating due to uncaught exception of type std::runtime_error: [METAL] Command buffer execution failed: Insufficient Memory (00000008:kIOGPUCommandBufferCallbackErrorOutOfMemory)");
        return 134;
    }

    if (fault && crashAt > 0 && it == crashAt)
    {
        Fire();
        Console.Error.WriteLine("Traceback (most recent call last):");
        Console.Error.WriteLine("RuntimeError: trainer stand-in told to crash here");
        return 1;
    }

    traceWriter?.WriteLine(global.ToString(CultureInfo.InvariantCulture));
    samplesWriter?.WriteLine(Samples(it).ToString(CultureInfo.InvariantCulture));
    if (delayMs > 0)
    {
        Thread.Sleep(delayMs);
    }

    if (it % report == 0 || it == iters)
    {
        var peak = 2.0 + (7.0 * batch * maxSeq / 2048.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Iter {it}: Train loss {TrainLoss(global):F3}, Learning Rate {1e-4:0.000e+00}, It/sec {1.9:F3}, Tokens/sec {812.4:F3}, Trained Tokens {global * 410}, Peak mem {peak:F3} GB"));
    }

    if (it % saveEvery == 0)
    {
        var numbered = Path.Combine(adapterPath, string.Create(CultureInfo.InvariantCulture, $"{it:D7}_adapters.safetensors"));
        var latest = Path.Combine(adapterPath, "adapters.safetensors");
        Save(latest, global, Samples(it));
        Save(numbered, global, Samples(it));
        Console.WriteLine($"Iter {it}: Saved adapter weights to {latest} and {numbered}.");
    }
}

var final = Path.Combine(adapterPath, "adapters.safetensors");
Save(final, start + iters, Samples(iters));
Console.WriteLine($"Saved final weights to {final}.");
return 0;

void Fire()
{
    if (marker is not null)
    {
        File.WriteAllText(marker, "fired");
    }
}

long Samples(int it) => startSamples + ((long)it * batch);

static void Save(string path, int global, long samples) =>
    File.WriteAllText(path, JsonSerializer.Serialize(new { format = "pantrypilot-trainer-standin (not a real adapter)", global_iteration = global, samples_seen = samples }));

// Falls, then rises again after ~6000 iterations (overfitting), so the lowest val loss is not the last checkpoint.
static double TrainLoss(int global) => 0.35 + (2.2 * Math.Exp(-global / 2500.0));

static double ValLoss(int global) => 0.55 + (2.0 * Math.Exp(-global / 2000.0)) + (global > 6000 ? (global - 6000) / 40000.0 : 0);

/// <summary>mlx-lm style flags: --name value, or --name alone for a switch.</summary>
internal sealed class Args(string[] args)
{
    public bool Has(string name) => args.Contains(name, StringComparer.Ordinal);

    public string? Text(string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public int Int(string name, int fallback) => Text(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
