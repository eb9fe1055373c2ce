using System.Diagnostics;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;

namespace PantryPilot.InferenceWorker;

/// <summary>The start-up health line and the --check probe.</summary>
public static class HealthCheck
{
    public static string Describe(RecipeModelHost host)
    {
        var adapters = host.Adapters.Count == 0 ? "none" : string.Join(", ", host.Adapters);
        var problems = host.AdapterProblems.Count == 0
            ? string.Empty
            : $" (unavailable: {string.Join("; ", host.AdapterProblems.Select(p => $"{p.Key}: {p.Value}"))})";
        return $"pantrypilot-inference: model={host.ModelPath} type={host.Shape.ModelType} "
            + $"vocab={host.Shape.VocabSize?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} "
            + $"provider={host.Provider} [{host.ProviderNote}] adapters={adapters}{problems} "
            + (host.TokenizerNote is null ? string.Empty : $"tokenizer=[{host.TokenizerNote}] ")
            + $"max-concurrent={host.MaxConcurrentGenerations} guidance={(host.Guidance.Enabled ? "on" : "off")} "
            + $"[{host.Guidance.Reason}]";
    }

    /// <summary>Exit code of --check when the model loaded and generated, but on another execution provider than the
    /// one requested (a GPU pod that fell back to CPU must fail its readiness probe).</summary>
    public const int ProviderMismatch = 3;

    /// <summary>--check: load, describe, generate a few tokens. Exit 0, or <see cref="ProviderMismatch"/> when the
    /// provider obtained differs from a specific one requested (auto accepts any) and <paramref name="allowFallback"/>
    /// is off.</summary>
    public static int Run(InferenceOptions options, bool allowFallback)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        using var host = RecipeModelHost.Load(options);
        var loadMs = stopwatch.ElapsedMilliseconds;
        Console.WriteLine(Describe(host));
        var prompt = host.EncodePrompt("<|user|>\nhealth check<|end|>\n<|assistant|>\n");
        stopwatch.Restart();
        var generated = host.GenerateRaw(prompt, 8);
        var requested = options.Provider.Trim().ToLowerInvariant();
        var mismatch = requested != "auto"
            && !string.Equals(requested, host.Provider, StringComparison.OrdinalIgnoreCase);
        var verdict = !mismatch ? "OK"
            : allowFallback ? $"OK with fallback (requested {requested}, got {host.Provider}; --allow-fallback)"
            : $"FAILED: requested {requested}, got {host.Provider} (pass --allow-fallback to accept the fallback)";
        Console.WriteLine(
            $"check: loaded in {loadMs} ms, generated {generated} tokens in {stopwatch.ElapsedMilliseconds} ms: "
            + $"{verdict}");
        return mismatch && !allowFallback ? ProviderMismatch : 0;
    }
}
