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
        var problems = host.AdapterProblems.Count == 0 ? string.Empty : $" (unavailable: {string.Join("; ", host.AdapterProblems.Select(p => $"{p.Key}: {p.Value}"))})";
        return $"pantrypilot-inference: model={host.ModelPath} type={host.Shape.ModelType} vocab={host.Shape.VocabSize?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} "
            + $"provider={host.Provider} [{host.ProviderNote}] adapters={adapters}{problems} "
            + (host.TokenizerNote is null ? string.Empty : $"tokenizer=[{host.TokenizerNote}] ")
            + $"max-concurrent={host.MaxConcurrentGenerations} guidance={(host.Guidance.Enabled ? "on" : "off")} [{host.Guidance.Reason}]";
    }

    public static int Run(InferenceOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        using var host = RecipeModelHost.Load(options);
        var loadMs = stopwatch.ElapsedMilliseconds;
        Console.WriteLine(Describe(host));
        var prompt = host.EncodePrompt("<|user|>\nhealth check<|end|>\n<|assistant|>\n");
        stopwatch.Restart();
        var generated = host.GenerateRaw(prompt, 8);
        Console.WriteLine($"check: loaded in {loadMs} ms, generated {generated} tokens in {stopwatch.ElapsedMilliseconds} ms: OK");
        return 0;
    }
}
