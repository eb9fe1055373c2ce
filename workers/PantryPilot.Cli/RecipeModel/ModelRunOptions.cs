using System.CommandLine;
using System.Globalization;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Hosting;

namespace PantryPilot.Cli.RecipeModel;

/// <summary>The options shared by `model run` and `model start`, and how they become the one
/// <see cref="RecipeModelInput"/> both the in-process run and the workflow take.</summary>
public sealed class ModelRunOptions
{
    public Option<string> DataDir { get; } = new("--data-dir")
    {
        Description = "Root of recipe-model datasets; the dataset goes to <data-dir>/<name>",
        DefaultValueFactory = _ => Path.Combine("data", "recipe-model")
    };

    public Option<string?> Name { get; } = new("--name")
    {
        Description = "Dataset name (folder and workflow id recipe-model-<name>); default today's date (UTC). "
            + "Running again with the same name resumes"
    };

    public Option<int> Samples { get; } = new("--samples")
    {
        Description = "Samples to generate",
        DefaultValueFactory = _ => 500
    };

    public Option<int> BatchSize { get; } = new("--batch-size")
    {
        Description = "Samples per generate batch (each batch writes its own file)",
        DefaultValueFactory = _ => 100
    };

    public Option<int> Parallel { get; } = new("--parallel")
    {
        Description = "Generate batches running at once",
        DefaultValueFactory = _ => 4
    };

    public Option<int> Seed { get; } = new("--seed")
    {
        Description = "Seed of the sample plans and the split",
        DefaultValueFactory = _ => 7
    };

    public Option<string> Teacher { get; } = new("--teacher")
    {
        Description = "template (offline, deterministic; not a language model) "
            + "| openai-compatible (PANTRYPILOT_TEACHER_BASE_URL, _MODEL, _API_KEY) "
            + "| inference-pool (the project's own model: on the recipe-inference queue, "
            + "in-process from Inference:ModelPath)",
        DefaultValueFactory = _ => "template"
    };

    public Option<string?> TeacherUrl { get; } = new("--teacher-url")
    {
        Description = "openai-compatible teacher: base URL such as http://localhost:11434/v1 "
            + "(default PANTRYPILOT_TEACHER_BASE_URL)"
    };

    public Option<string?> TeacherModel { get; } = new("--teacher-model")
    {
        Description = "openai-compatible teacher: model name such as llama3.1:8b (default PANTRYPILOT_TEACHER_MODEL); "
            + "inference-pool: a LoRA adapter the pool knows (default: its base model)"
    };

    public Option<double> FaultRate { get; } = new("--fault-rate")
    {
        Description = "template teacher: share of answers that repeat the original teacher's mistakes on purpose "
            + "(0..1)",
        DefaultValueFactory = _ => 0.1
    };

    public Option<string?> TagMix { get; } = new("--tag-mix")
    {
        Description = "Request mix, e.g. "
            + "none=0.25,vegetarian=0.25,vegan=0.15,dairy-free=0.15,gluten-free=0.15,pescatarian=0.05 (the default)"
    };

    public Option<string?> Corpus { get; } = new("--corpus")
    {
        Description = "Recipe corpus file in the format of the shipped one (default: the shipped corpus)"
    };

    public Option<double> ValidShare { get; } = new("--valid-share")
    {
        Description = "Share of each tag stratum in valid.jsonl",
        DefaultValueFactory = _ => 0.1
    };

    public Option<double> TestShare { get; } = new("--test-share")
    {
        Description = "Share of each tag stratum in test.jsonl (0 = none)",
        DefaultValueFactory = _ => 0.0
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Split layout for mlx-lm: chat (messages) | text",
        DefaultValueFactory = _ => "chat"
    };

    /// <summary>The filter's options, shared with `model filter`.</summary>
    public FilterCommandOptions Filter { get; } = new();

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
        {
            DataDir, Name, Samples, BatchSize, Parallel, Seed, Teacher, TeacherUrl, TeacherModel, FaultRate, TagMix,
            Corpus, ValidShare, TestShare, Format,
        })
        {
            command.Options.Add(option);
        }

        Filter.AddTo(command);
    }

    /// <summary>Builds the input; throws <see cref="ArgumentException"/> with a message for the operator on bad
    /// options. The data folder and corpus become locations through <paramref name="locator"/> (see
    /// PipelineRunOptions.ToRun).</summary>
    public RecipeModelInput ToInput(ParseResult parse, bool defaultName, DataLocator locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        var teacher = parse.GetValue(Teacher)!.Trim().ToLowerInvariant() switch
        {
            "template" => TeacherKind.Template,
            "openai-compatible" or "openai" => TeacherKind.OpenAiCompatible,
            "inference-pool" => TeacherKind.InferencePool,
            var other => throw new ArgumentException(
                $"--teacher: '{other}' is not template, openai-compatible or inference-pool"),
        };
        var format = Enum.TryParse<SplitFormat>(parse.GetValue(Format), ignoreCase: true, out var f)
            ? f
            : throw new ArgumentException($"--format: '{parse.GetValue(Format)}' is not chat or text");
        var corpus = parse.GetValue(Corpus);
        if (corpus is not null && !File.Exists(corpus))
        {
            throw new ArgumentException($"--corpus: {corpus} not found");
        }

        var name = parse.GetValue(Name)
            ?? (defaultName
                ? DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null);
        var input = new RecipeModelInput(
            locator.Locate(parse.GetValue(DataDir)!, DataDir.Name),
            name,
            new TeacherOptions(
                teacher,
                parse.GetValue(TeacherModel),
                parse.GetValue(TeacherUrl),
                parse.GetValue(FaultRate)),
            corpus is null ? null : locator.Locate(corpus, Corpus.Name),
            parse.GetValue(Samples),
            ParseMix(parse.GetValue(TagMix)),
            new SplitOptions(parse.GetValue(ValidShare), parse.GetValue(TestShare), format),
            parse.GetValue(Seed),
            parse.GetValue(BatchSize),
            parse.GetValue(Parallel),
            Filter.Read(parse));
        var errors = input.Validate();
        return errors.Count == 0 ? input : throw new ArgumentException(string.Join("; ", errors));
    }

    private static Dictionary<string, double>? ParseMix(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var mix = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2
                || kv[0].Length == 0
                || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var share))
            {
                throw new ArgumentException($"--tag-mix: '{part}' is not tag=share");
            }

            mix[kv[0].ToLowerInvariant()] = share;
        }

        return mix.Count > 0 ? mix : throw new ArgumentException("--tag-mix is empty");
    }
}
