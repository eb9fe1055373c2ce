using System.Diagnostics;
using System.Text.Json;
using Microsoft.ML.OnnxRuntimeGenAI;
using PantryPilot.Inference.Hosting;
using GenAiModel = Microsoft.ML.OnnxRuntimeGenAI.Model;

namespace PantryPilot.Inference.Model;

/// <summary>
/// The model of one worker process, loaded once: provider chosen with fallback, tokenizer, LoRA adapters,
/// and a gate that bounds concurrent generations on the shared model.
/// </summary>
public sealed class RecipeModelHost : IRecipeTextGenerator, IAdapterLoader, IDisposable
{
    private readonly GenAiModel model;
    private readonly Tokenizer tokenizer;
    private readonly Lock adapterGate = new();
    private Adapters? adapters;
    private readonly SemaphoreSlim gate;
    private readonly Dictionary<string, string> adapterProblems = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> loadedAdapters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> adapterPaths = new(StringComparer.OrdinalIgnoreCase);
    private volatile string? guidanceFailure;

    private RecipeModelHost(
        string modelPath,
        GenAiModel model,
        string provider,
        string providerNote,
        ModelShape shape,
        InferenceOptions options)
    {
        ModelPath = modelPath;
        this.model = model;
        Provider = provider;
        ProviderNote = providerNote;
        Shape = shape;
        tokenizer = new Tokenizer(model);
        gate = new SemaphoreSlim(options.MaxConcurrentActivities, options.MaxConcurrentActivities);
        MaxConcurrentGenerations = options.MaxConcurrentActivities;
        Guidance = DecideGuidance(options.Guidance);
        foreach (var (name, path) in options.Adapters)
        {
            LoadAdapter(name, path);
        }
    }

    public string ModelPath { get; }

    public string Provider { get; }

    public string ModelName => Path.GetFileName(ModelPath.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>How the provider was reached, e.g. "requested cuda; fell back to cpu: ...".</summary>
    public string ProviderNote { get; }

    public ModelShape Shape { get; }

    public int? ContextLength => Shape.ContextLength;

    /// <summary>Set when the tokenizer was fitted to the model's vocabulary (see
    /// <see cref="TokenizerVocabularyFit"/>).</summary>
    public string? TokenizerNote { get; private init; }

    public int MaxConcurrentGenerations { get; }

    public GuidanceSupport Guidance { get; }

    /// <summary>True when tokenizer ids are folded into a smaller model vocabulary (the tiny test model).</summary>
    public bool FoldsTokenIds { get; private set; }

    public IReadOnlyCollection<string> Adapters => loadedAdapters;

    public IReadOnlyDictionary<string, string> AdapterProblems => adapterProblems;

    /// <summary>Loads the model from <see cref="InferenceOptions.ModelPath"/> (resolved), trying providers in
    /// order.</summary>
    public static RecipeModelHost Load(InferenceOptions options)
    {
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("invalid inference configuration: " + string.Join("; ", problems));
        }

        var path = ModelPaths.Resolve(options.ModelPath);
        if (!File.Exists(Path.Combine(path, "genai_config.json")))
        {
            throw new FileNotFoundException(
                $"model folder '{path}' has no genai_config.json (set Inference:ModelPath or "
                + $"{ModelPaths.EnvironmentVariable})",
                Path.Combine(path, "genai_config.json"));
        }

        var shape = ModelShape.Read(path);
        var (loadPath, tokenizerNote) = options.FitTokenizerToModel
            ? TokenizerVocabularyFit.Prepare(path, shape)
            : (path, null);
        var notes = new List<string>();
        var candidates = ProviderSelection.Candidates(options.Provider);
        foreach (var provider in candidates)
        {
            try
            {
                using var config = new Config(loadPath);
                config.ClearProviders();
                if (provider != "cpu")
                {
                    config.AppendProvider(ProviderSelection.RuntimeName(provider));
                }

                var model = new GenAiModel(config);
                var note = notes.Count == 0
                    ? $"requested {options.Provider}, got {provider}"
                    : $"requested {options.Provider}, got {provider} after fallback ({string.Join("; ", notes)})";
                return new RecipeModelHost(
                    path,
                    model,
                    provider,
                    note,
                    shape,
                    options)
                { TokenizerNote = tokenizerNote };
            }
            catch (OnnxRuntimeGenAIException ex) when (provider != "cpu")
            {
                notes.Add($"{provider} unavailable: {FirstLine(ex.Message)}");
            }
        }

        throw new InvalidOperationException($"no execution provider could load '{path}': {string.Join("; ", notes)}");
    }

    /// <summary>Encodes a prompt; ids beyond the model's vocabulary are folded in (id mod vocab_size).</summary>
    /// <remarks>Tiny-model accommodation: the test model's tokenizer has 50,257 ids but the model only 1,000.
    /// Real models have matching vocabularies and pass through unchanged.</remarks>
    public IReadOnlyList<int> EncodePrompt(string prompt)
    {
        using var sequences = tokenizer.Encode(prompt);
        var ids = sequences[0].ToArray();
        if (Shape.VocabSize is { } vocab)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i] >= vocab)
                {
                    ids[i] %= vocab;
                    FoldsTokenIds = true;
                }
            }
        }

        return ids;
    }

    public async Task<GenerationResult> GenerateAsync(
        GenerationRequest request,
        Action<GenerationProgress>? progress,
        CancellationToken cancellationToken)
    {
        if (request.Adapter is { } name && !IsLoaded(name))
        {
            var reason = adapterProblems.TryGetValue(name, out var problem)
                ? problem
                : loadedAdapters.Count == 0
                    ? "no adapters are configured (Inference:Adapters:<name>)"
                    : $"configured adapters: {string.Join(", ", loadedAdapters)}";
            throw new AdapterUnavailableException(name, reason);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            var schema = Guidance.Enabled && guidanceFailure is null ? request.JsonSchema : null;
            try
            {
                return Run(request, schema, progress, cancellationToken, guidanceError: null);
            }
            catch (OnnxRuntimeGenAIException ex) when (schema is not null)
            {
                // The runtime's grammar engine gave up (e.g. the model cannot emit a forced token): remember it and
                // generate unconstrained; validation still guards every recipe.
                guidanceFailure = FirstLine(ex.Message);
                return Run(request, null, progress, cancellationToken, guidanceFailure);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Raw tokens out of the runtime, no recipe logic: the benchmark's baseline and the --check
    /// probe.</summary>
    public int GenerateRaw(IReadOnlyList<int> promptTokens, int maxNewTokens)
    {
        using var parameters = new GeneratorParams(model);
        parameters.SetSearchOption("max_length", promptTokens.Count + maxNewTokens);
        using var generator = new Generator(model, parameters);
        generator.AppendTokens(promptTokens.ToArray());
        var generated = 0;
        while (!generator.IsDone() && generated < maxNewTokens)
        {
            generator.GenerateNextToken();
            generated++;
        }

        return generated;
    }

    public string Decode(ReadOnlySpan<int> tokens) => tokenizer.Decode(tokens);

    public void Dispose()
    {
        adapters?.Dispose();
        tokenizer.Dispose();
        model.Dispose();
        gate.Dispose();
    }

    private GenerationResult Run(
        GenerationRequest request,
        string? schema,
        Action<GenerationProgress>? progress,
        CancellationToken cancellationToken,
        string? guidanceError)
    {
        var stopwatch = Stopwatch.StartNew();
        var maxNew = request.MaxNewTokens;
        if (Shape.ContextLength is { } context)
        {
            maxNew = Math.Min(maxNew, context - request.PromptTokens.Count);
            if (maxNew < 1)
            {
                throw new InvalidOperationException(
                    $"prompt of {request.PromptTokens.Count} tokens fills the model's context of {context} tokens");
            }
        }

        using var parameters = new GeneratorParams(model);
        parameters.SetSearchOption("max_length", request.PromptTokens.Count + maxNew);
        if (request.Attempt > 1)
        {
            // Retries sample, so a retry is not a replay of the rejected greedy output.
            parameters.SetSearchOption("do_sample", true);
            parameters.SetSearchOption("top_k", 40);
            parameters.SetSearchOption("temperature", 0.8);
            parameters.SetSearchOption("random_seed", request.Attempt);
        }

        if (schema is not null)
        {
            parameters.SetGuidance("json_schema", schema, false);
        }

        using var generator = new Generator(model, parameters);
        if (request.Adapter is { } adapter)
        {
            generator.SetActiveAdapter(adapters!, adapter);
        }

        generator.AppendTokens(request.PromptTokens.ToArray());
        var output = new List<int>(maxNew);
        var stop = StopReason.MaxTokens;
        while (output.Count < maxNew)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (generator.IsDone())
            {
                stop = StopReason.EndOfSequence;
                break;
            }

            if (stopwatch.Elapsed > request.WallTimeLimit)
            {
                stop = StopReason.WallTime;
                break;
            }

            generator.GenerateNextToken();
            output.Add(generator.GetNextTokens()[0]);
            if (progress is not null && output.Count % Math.Max(1, request.HeartbeatEveryTokens) == 0)
            {
                progress(new GenerationProgress(request.Attempt, output.Count, maxNew));
            }
        }

        var text = tokenizer.Decode(output.ToArray());
        return new GenerationResult(text, output.Count, stopwatch.Elapsed, stop, schema is not null, guidanceError);
    }

    /// <summary>Loads an adapter under a name at run time (checkpoint evaluation, the promoted model). Loading a name
    /// already loaded from the same path is a no-op. Returns null when loaded, otherwise why not (the host keeps
    /// running).</summary>
    public string? TryLoadAdapter(string name, string path)
    {
        lock (adapterGate)
        {
            if (loadedAdapters.Contains(name)
                && adapterPaths.TryGetValue(name, out var loadedFrom)
                && loadedFrom == Path.GetFullPath(path))
            {
                return null;
            }

            if (loadedAdapters.Contains(name))
            {
                return $"adapter '{name}' is already loaded from '{adapterPaths[name]}'";
            }

            LoadAdapter(name, path);
            return loadedAdapters.Contains(name) ? null : adapterProblems[name];
        }
    }

    private bool IsLoaded(string name)
    {
        lock (adapterGate)
        {
            return loadedAdapters.Contains(name);
        }
    }

    private void LoadAdapter(string name, string path)
    {
        lock (adapterGate)
        {
            if (!File.Exists(path))
            {
                adapterProblems[name] = $"file '{path}' does not exist";
                return;
            }

            try
            {
                adapters ??= new Adapters(model);
                adapters.LoadAdapter(path, name);
                loadedAdapters.Add(name);
                adapterPaths[name] = Path.GetFullPath(path);
                adapterProblems.Remove(name);
            }
            catch (OnnxRuntimeGenAIException ex)
            {
                adapterProblems[name] = $"'{path}' failed to load: {FirstLine(ex.Message)}";
            }
        }
    }

    private GuidanceSupport DecideGuidance(string mode)
    {
        switch (mode.ToLowerInvariant())
        {
            case "off":
                return new GuidanceSupport(false, "off by configuration");
            case "on":
                return new GuidanceSupport(true, "on by configuration");
        }

        // The grammar engine masks tokenizer ids; if the tokenizer speaks ids the model cannot produce, the mask
        // cannot be honoured (the tiny test model: tokenizer 50,257 ids, model 1,000).
        using var probe = tokenizer.Encode("{\"title\": \"Vegetable curry\", \"steps\": [\"Chop the onions.\"]}");
        var maxId = probe[0].ToArray().DefaultIfEmpty(0).Max();
        return Shape.VocabSize is { } vocab && maxId >= vocab
            ? new GuidanceSupport(
                false,
                $"tokenizer ids (up to {maxId}) exceed the model vocabulary ({vocab}); unconstrained + validation")
            : new GuidanceSupport(true, "json_schema guidance");
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
