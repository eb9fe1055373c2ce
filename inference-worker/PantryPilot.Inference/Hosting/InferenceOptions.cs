namespace PantryPilot.Inference.Hosting;

/// <summary>The `Inference` configuration section (env: Inference__ModelPath, ...; PANTRYPILOT_MODEL_PATH also
/// works).</summary>
public sealed class InferenceOptions
{
    public const string Section = "Inference";

    /// <summary>Folder with genai_config.json. Empty: PANTRYPILOT_MODEL_PATH, then ../shared/models/tiny-gpt2 beside
    /// the repo.</summary>
    public string? ModelPath { get; set; }

    /// <summary>auto | cpu | cuda | coreml. auto: CoreML on macOS, CUDA when it loads, CPU otherwise.</summary>
    public string Provider { get; set; } = "auto";

    /// <summary>Activities run at once by this process; generation itself is gated to the same number. In
    /// `pantrypilot-inference`, PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES (when set) replaces it for both.</summary>
    public int MaxConcurrentActivities { get; set; } = 2;

    /// <summary>Named LoRA adapters: name → path of an .onnx_adapter file.</summary>
    public Dictionary<string, string> Adapters { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public int DefaultMaxTokens { get; set; } = 256;

    /// <summary>Upper bound on max tokens any request may ask for.</summary>
    public int MaxTokensLimit { get; set; } = 1024;

    /// <summary>Wall-time limit for one generation attempt.</summary>
    public double WallTimeLimitSeconds { get; set; } = 120;

    public int HeartbeatEveryTokens { get; set; } = 16;

    /// <summary>Generation attempts per request before answering "no compliant recipe".</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>auto | on | off. auto: JSON-schema guidance unless the tokenizer and model vocabularies
    /// disagree.</summary>
    public string Guidance { get; set; } = "auto";

    /// <summary>When the tokenizer knows more ids than the model (the tiny test model), load a copy whose tokenizer is
    /// cut to the model's vocabulary so text encodes in range and guidance can work. No effect on matching
    /// models.</summary>
    public bool FitTokenizerToModel { get; set; } = true;

    /// <summary>The model registry (artifact store's models/registry.json): the promoted adapter is served to requests
    /// that name none, and the registry is re-read every <see cref="RegistryPollSeconds"/>. Empty: base model
    /// only.</summary>
    public string? RegistryPath { get; set; }

    public double RegistryPollSeconds { get; set; } = 30;

    public TimeSpan WallTimeLimit => TimeSpan.FromSeconds(WallTimeLimitSeconds);

    /// <summary>Configuration problems, empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Provider.ToLowerInvariant() is not ("auto" or "cpu" or "cuda" or "coreml"))
        {
            problems.Add($"Inference:Provider '{Provider}' must be auto, cpu, cuda or coreml");
        }

        if (Guidance.ToLowerInvariant() is not ("auto" or "on" or "off"))
        {
            problems.Add($"Inference:Guidance '{Guidance}' must be auto, on or off");
        }

        if (MaxConcurrentActivities < 1)
        {
            problems.Add($"Inference:MaxConcurrentActivities must be at least 1, got {MaxConcurrentActivities}");
        }

        if (MaxAttempts < 1)
        {
            problems.Add($"Inference:MaxAttempts must be at least 1, got {MaxAttempts}");
        }

        if (DefaultMaxTokens < 1 || MaxTokensLimit < DefaultMaxTokens)
        {
            problems.Add(
                $"Inference:DefaultMaxTokens ({DefaultMaxTokens}) must be between 1 and MaxTokensLimit "
                + $"({MaxTokensLimit})");
        }

        if (RegistryPollSeconds < 1)
        {
            problems.Add($"Inference:RegistryPollSeconds must be at least 1, got {RegistryPollSeconds}");
        }

        return problems;
    }
}
