using System.Text.Json;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.RecipeModel;

/// <summary>`pantrypilot model ...` as a user runs it: a separate process, real files.</summary>
public class ModelCommandsTests
{
    [Fact]
    public async Task ModelRun_EmbeddedDefault_GeneratesFiltersSplitsAndVersionsInProcess()
    {
        var dataDir = CliRunner.TempDir();

        var result = await CliRunner.RunAsync(["model", "run", "--data-dir", dataDir, "--name", "ci", "--samples", "300"]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("in-process", result.All, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("dataset-generate done", result.All, StringComparison.Ordinal);
        var dataset = Path.Combine(dataDir, "ci");
        Assert.Equal(3, Directory.GetFiles(Path.Combine(dataset, "raw", "batches"), "batch-?????.jsonl").Length);
        var kept = File.ReadLines(Path.Combine(dataset, "processed", "filter", "kept.jsonl")).Count();
        var removed = File.ReadLines(Path.Combine(dataset, "processed", "filter", "removed.jsonl")).Count();
        Assert.Equal(300, kept + removed);
        var train = File.ReadLines(Path.Combine(dataset, "processed", "split", "train.jsonl")).Count();
        var valid = File.ReadLines(Path.Combine(dataset, "processed", "split", "valid.jsonl")).Count();
        Assert.Equal(kept, train + valid);
        Assert.True(File.Exists(Path.Combine(dataset, "reports", "filter.html")));
        Assert.True(File.Exists(Path.Combine(dataset, "reports", "filter.png")));
        Assert.True(File.Exists(Path.Combine(dataset, ".pantry", "HEAD")));
    }

    [Fact]
    public async Task ModelRun_SameNameAgain_ResumesWithEveryBatchAlreadyWritten()
    {
        var dataDir = CliRunner.TempDir();
        string[] args = ["model", "run", "--data-dir", dataDir, "--name", "again", "--samples", "200"];
        var first = await CliRunner.RunAsync(args);
        var valid = File.ReadAllText(Path.Combine(dataDir, "again", "processed", "split", "valid.jsonl"));

        var second = await CliRunner.RunAsync(args);

        Assert.True(second.ExitCode == 0, second.All);
        Assert.Contains("2 batches already written", second.All, StringComparison.Ordinal);
        Assert.Equal(valid, File.ReadAllText(Path.Combine(dataDir, "again", "processed", "split", "valid.jsonl")));
        var snapshot = (string s) => s.Split("dataset ")[^1].Trim().Split('\n')[0];
        Assert.Equal(snapshot(first.Output), snapshot(second.Output));
    }

    [Fact]
    public async Task ModelRun_InferencePoolTeacherOnTinyModel_EveryAnswerWrittenOrRejectedWithReason()
    {
        var dataDir = CliRunner.TempDir();

        // The pool's model (the tiny test model, from the default model path) answers in this process. Its text is
        // noise: most answers are rejected, each counted with its reason; whatever parses goes through the filter.
        var result = await CliRunner.RunAsync(["model", "run", "--data-dir", dataDir, "--name", "pool", "--samples", "20", "--teacher", "inference-pool"]);

        var batch = Path.Combine(dataDir, "pool", "raw", "batches", "batch-00000.jsonl");
        var written = File.ReadAllLines(batch);
        var rejected = File.ReadAllLines(Path.ChangeExtension(batch, ".rejected.jsonl"));
        Assert.Equal(20, written.Length + rejected.Length);
        Assert.All(rejected, l => Assert.Contains(JsonDocument.Parse(l).RootElement.GetProperty("reason").GetString(), new[] { "bad-json", "truncated", "not-a-recipe", "generation-failed" }));
        Assert.All(written, l => Assert.StartsWith("inference-pool:", JsonDocument.Parse(l).RootElement.GetProperty("meta").GetProperty("teacher").GetString(), StringComparison.Ordinal));
        Assert.Contains($"{rejected.Length} teacher answers rejected", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        if (result.ExitCode == 4)
        {
            // Nothing the filter could keep: the run says so and stops before split (never exit 0 without data).
            Assert.Contains("removed every one of", result.All, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(result.ExitCode == 0, result.All);
            var filter = Path.Combine(dataDir, "pool", "processed", "filter");
            Assert.Equal(written.Length, File.ReadLines(Path.Combine(filter, "kept.jsonl")).Count() + File.ReadLines(Path.Combine(filter, "removed.jsonl")).Count());
        }
    }

    [Fact]
    public async Task ModelRun_EverySampleRemoved_FailsClearlyWithExit4()
    {
        var dataDir = CliRunner.TempDir();

        // A max sequence no sample fits: the filter removes everything, the flow stops before split.
        var result = await CliRunner.RunAsync(["model", "run", "--data-dir", dataDir, "--name", "none", "--samples", "50", "--max-seq", "10"]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("removed every one of 50 samples", result.All, StringComparison.Ordinal);
        Assert.Contains("too-long", result.All, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dataDir, "none", "processed", "split", "train.jsonl")));
    }

    [Theory]
    [InlineData("--samples", "0", "sample count")]
    [InlineData("--valid-share", "1.5", "split shares")]
    [InlineData("--teacher", "gpt", "--teacher")]
    [InlineData("--tag-mix", "vegan", "--tag-mix")]
    [InlineData("--name", "../escape", "dataset name")]
    public async Task ModelRun_BadOption_Exit2WithMessage(string option, string value, string expected)
    {
        var result = await CliRunner.RunAsync(["model", "run", "--data-dir", CliRunner.TempDir(), option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelFilter_OriginalTeacherLayout_KeptRemovedAndStats()
    {
        var dir = CliRunner.TempDir();
        var input = Path.Combine(dir, "teacher.jsonl");
        string Line(string pref, params string[] main) => JsonSerializer.Serialize(new
        {
            input = new { user_inventory = new[] { "rice", "chicken stock", "onion" }, requested_ingredients = (string[]?)null, user_request = "", preference = pref, cuisine = (string?)null },
            output = new { status = "ok", missing_ingredients = Array.Empty<string>(), recipe = new { name = "Rice", cuisine = "Indian", culinary_preference = pref, time = "20m", main_ingredients = main, steps = "Step 1. Cook. Step 2. Serve.", note = (string?)null }, shopping_list = Array.Empty<string>() },
            scenario = "scenario_1",
            generated_at = "2025-11-13T05:22:11Z",
        });
        await File.WriteAllLinesAsync(input, [Line("vegetarian", "2 cups rice", "1 medium onion"), Line("vegetarian", "2 cups rice", "500ml chicken stock"), Line("halal", "rice"), "{broken"]);
        var outDir = Path.Combine(dir, "out");

        var result = await CliRunner.RunAsync(["model", "filter", "--input", input, "--out", outDir]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Single(File.ReadLines(Path.Combine(outDir, "kept.jsonl")));
        var removed = File.ReadLines(Path.Combine(outDir, "removed.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("reason").GetString() ?? string.Empty).ToArray();
        Assert.Equal(["selected-forbidden", "unsupported-tag", "unparseable"], removed);
        var csv = File.ReadAllText(Path.Combine(outDir, "filter_stats.csv"));
        Assert.Contains("halal,False,unsupported-tag,1", csv, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "filter.html")));
    }

    [Theory]
    [InlineData("default", "addition", 2, "used a staple not in pantry: samples")]
    [InlineData("none", "addition", 2, "not in pantry, moved to the additions: samples")]
    [InlineData("none", "drop", 1, null)]
    [InlineData("default", "drop", 2, "used a staple not in pantry: samples")]
    public async Task ModelFilter_StaplesAndNotInPantry_SaltAssumedMovedOrRemoved(
        string staples, string notInPantry, int kept, string? counted)
    {
        var dir = CliRunner.TempDir();
        var input = Path.Combine(dir, "teacher.jsonl");
        string Line(params string[] main) => JsonSerializer.Serialize(new
        {
            input = new
            {
                user_inventory = new[] { "rice", "onion" },
                requested_ingredients = (string[]?)null,
                user_request = "",
                preference = "vegan",
                cuisine = (string?)null
            },
            output = new
            {
                status = "ok",
                missing_ingredients = Array.Empty<string>(),
                recipe = new
                {
                    name = "Rice",
                    cuisine = "Indian",
                    culinary_preference = "vegan",
                    time = "20m",
                    main_ingredients = main,
                    steps = "Step 1. Fry the onion. Step 2. Add the rice and simmer.",
                    note = (string?)null
                },
                shopping_list = Array.Empty<string>(),
            },
            scenario = "scenario_1",
            generated_at = "2025-11-13T05:22:11Z",
        });
        await File.WriteAllLinesAsync(input, [Line("2 cups rice", "1 onion", "1 tsp salt"), Line("2 cups rice", "1 onion")]);
        var outDir = Path.Combine(dir, "out");

        var result = await CliRunner.RunAsync(
            ["model", "filter", "--input", input, "--out", outDir, "--staples", staples, "--not-in-pantry", notInPantry]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(kept, File.ReadLines(Path.Combine(outDir, "kept.jsonl")).Count());
        var conversion = File.ReadAllText(Path.Combine(outDir, "filter_conversion.csv"));
        if (counted is not null)
        {
            Assert.Contains($"\"{counted}\",1", conversion, StringComparison.Ordinal);
        }

        var moved = counted?.StartsWith("not in pantry", StringComparison.Ordinal) == true;
        Assert.Equal(moved, File.ReadAllText(Path.Combine(outDir, "kept.jsonl")).Contains("\"moved_to_additions\":[\"salt\"]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModelFilter_UnknownNotInPantryPolicy_Exit2NamingTheOption()
    {
        var dir = CliRunner.TempDir();
        var input = Path.Combine(dir, "teacher.jsonl");
        await File.WriteAllTextAsync(input, "{}\n");

        var result = await CliRunner.RunAsync(["model", "filter", "--input", input, "--out", Path.Combine(dir, "out"), "--not-in-pantry", "buy"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--not-in-pantry: 'buy' is not addition or drop", result.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Theory]
    [InlineData("salt\nsalt, pepper\n", "kitchen.txt line 2")]
    [InlineData(null, "not found")]
    public async Task ModelFilter_BadStaplesFile_Exit2NamingFileAndLineNothingWritten(string? text, string expected)
    {
        var dir = CliRunner.TempDir();
        var staples = Path.Combine(dir, "kitchen.txt");
        if (text is not null)
        {
            await File.WriteAllTextAsync(staples, text);
        }

        var input = Path.Combine(dir, "teacher.jsonl");
        await File.WriteAllTextAsync(input, "{}\n");
        var outDir = Path.Combine(dir, "out");

        var result = await CliRunner.RunAsync(["model", "filter", "--input", input, "--out", outDir, "--staples", staples]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task ModelFilter_EmptyFile_Exit2NamingIt()
    {
        var dir = CliRunner.TempDir();
        var input = Path.Combine(dir, "empty.jsonl");
        await File.WriteAllTextAsync(input, "\n\n");

        var result = await CliRunner.RunAsync(["model", "filter", "--input", input, "--out", Path.Combine(dir, "out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no sample lines in", result.All, StringComparison.Ordinal);
        Assert.Contains("empty.jsonl", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelFilter_GzipFile_Exit2AskingToDecompressAndNothingWritten()
    {
        var dir = CliRunner.TempDir();
        var input = Path.Combine(dir, "samples.jsonl.gz");
        await WriteGzipAsync(input, [CompletionLine("vegan", "rice", "onion")]);
        var outDir = Path.Combine(dir, "out");

        var result = await CliRunner.RunAsync(["model", "filter", "--input", input, "--out", outDir]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("samples.jsonl.gz", result.All, StringComparison.Ordinal);
        Assert.Contains("gunzip", result.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.All, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "kept.jsonl")));
    }

    private static string CompletionLine(string diet, params string[] ingredients) => JsonSerializer.Serialize(new
    {
        prompt = $"Pantry: {string.Join(", ", ingredients.Select(i => $"{i} (100 g)"))}\nDietary constraints: {diet}\nRequest: Quick.",
        completion = JsonSerializer.Serialize(new
        {
            title = "Pot",
            cuisine = "",
            time_minutes = 20,
            ingredients = ingredients.Select(i => new { name = i, amount = 50, unit = "g" }),
            suggested_additions = Array.Empty<object>(),
            steps = new[] { "Cook", "Serve" },
        }),
    });

    private static async Task WriteGzipAsync(string path, IEnumerable<string> lines)
    {
        await using var file = File.Create(path);
        await using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Optimal);
        await using var writer = new StreamWriter(gzip);
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line);
        }
    }

    [Fact]
    public async Task ModelFilter_Folder_Exit2SayingSo()
    {
        var dir = CliRunner.TempDir();

        var result = await CliRunner.RunAsync(["model", "filter", "--input", dir, "--out", Path.Combine(dir, "out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a folder", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelFilter_EverySampleRemoved_Exit4WithTheFilesWritten()
    {
        var dir = CliRunner.TempDir();
        var input = Path.Combine(dir, "bad.jsonl");
        await File.WriteAllLinesAsync(input, ["{broken", "{\"prompt\":\"hello\",\"completion\":\"{}\"}"]);
        var outDir = Path.Combine(dir, "out");

        var result = await CliRunner.RunAsync(["model", "filter", "--input", input, "--out", outDir]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("every sample was removed", result.All, StringComparison.Ordinal);
        Assert.Empty(File.ReadLines(Path.Combine(outDir, "kept.jsonl")));
        Assert.Equal(2, File.ReadLines(Path.Combine(outDir, "removed.jsonl")).Count());
    }

    [Fact]
    public async Task ModelFilter_MlxCompletions_Kept()
    {
        var dir = CliRunner.TempDir();
        var input = Path.Combine(dir, "completions.jsonl");
        var answer = "{\"title\":\"Rice\",\"cuisine\":\"\",\"time_minutes\":20,\"ingredients\":[{\"name\":\"rice\",\"amount\":200,\"unit\":\"g\"},{\"name\":\"onion\",\"amount\":1,\"unit\":\"pcs\"}],\"suggested_additions\":[],\"steps\":[\"Fry the onion\",\"Add the rice\"]}";
        await File.WriteAllLinesAsync(input, [JsonSerializer.Serialize(new { prompt = "Pantry: rice (500 g), onion (2 pcs)\nDietary constraints: vegan\nRequest: Quick.", completion = answer })]);
        var outDir = Path.Combine(dir, "out");

        var result = await CliRunner.RunAsync(["model", "filter", "--input", input, "--out", outDir]);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("imported:mlx-completions", File.ReadAllText(Path.Combine(outDir, "kept.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelHelp_ListsTheCommands()
    {
        var result = await CliRunner.RunAsync(["model", "--help"]);

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "run", "start", "status", "cancel", "filter" })
        {
            Assert.Contains(command, result.Output, StringComparison.Ordinal);
        }
    }
}
