using System.Text.Json;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>Splits kept.jsonl into mlx-lm's layout (train.jsonl, valid.jsonl, optional test.jsonl) with
/// <see cref="StratifiedSplit"/>: two passes over the file, only (stratum, hash, line) held in memory.</summary>
public static class DatasetSplitter
{
    public static async Task<SplitDatasetOutput> SplitAsync(string keptPath, string outDir, int seed,
        SplitOptions options, CancellationToken ct)
    {
        var split = new StratifiedSplit(seed, options.ValidShare, options.TestShare);
        await foreach (var (number, line) in JsonLinesFile.ReadAsync(keptPath, ct))
        {
            var sample = Read(line, keptPath, number);
            split.Add(StratifiedSplit.StratumOf(sample.Meta.DietaryTags), sample.Id, number);
        }

        var (parts, byStratum) = split.Assign();
        var trainPath = Path.Combine(outDir, "train.jsonl");
        var validPath = Path.Combine(outDir, "valid.jsonl");
        var testPath = options.TestShare > 0 ? Path.Combine(outDir, "test.jsonl") : null;
        await using (var train = new JsonLinesFile(trainPath))
        await using (var valid = new JsonLinesFile(validPath))
        await using (var test = testPath is null ? null : new JsonLinesFile(testPath))
        {
            await foreach (var (number, line) in JsonLinesFile.ReadAsync(keptPath, ct))
            {
                var text = Format(Read(line, keptPath, number), options.Format);
                var part = parts[number];
                (part switch { SplitPart.Valid => valid, SplitPart.Test => test!, _ => train }).WriteLine(text);
            }

            await train.CommitAsync(ct);
            await valid.CommitAsync(ct);
            if (test is not null)
            {
                await test.CommitAsync(ct);
            }
        }

        return new SplitDatasetOutput(
            outDir, trainPath, validPath, testPath,
            byStratum.Values.Sum(v => v.Train), byStratum.Values.Sum(v => v.Valid), byStratum.Values.Sum(v => v.Test),
            byStratum.ToDictionary(s => s.Key, s => s.Value.Valid, StringComparer.Ordinal));
    }

    /// <summary>One line of the chosen mlx-lm layout: chat (system, user, assistant messages) or text (the Phi-3
    /// string).</summary>
    public static string Format(RecipeSample sample, SplitFormat format)
    {
        if (format == SplitFormat.Text)
        {
            return JsonSerializer.Serialize(new TextLine(sample.Text), RecipeModelJson.Files.TextLine);
        }

        var (system, user, assistant) = Phi3Parts(sample.Text);
        return JsonSerializer.Serialize(
            new ChatLine([new("system", system), new("user", user), new("assistant", assistant)]),
            RecipeModelJson.Files.ChatLine);
    }

    /// <summary>The three messages of a Phi-3 text built by <see cref="RecipePromptText"/>.</summary>
    public static (string System, string User, string Assistant) Phi3Parts(string text)
    {
        static string Section(string text, string tag)
        {
            var start = text.IndexOf(tag, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new FormatException($"no {tag} section");
            }

            start += tag.Length;
            var end = text.IndexOf(RecipePromptText.End, start, StringComparison.Ordinal);
            return (end < 0 ? text[start..] : text[start..end]).Trim('\n');
        }

        return (Section(text, "<|system|>"), Section(text, "<|user|>"), Section(text, "<|assistant|>"));
    }

    private static RecipeSample Read(string line, string path, long number)
    {
        try
        {
            return JsonSerializer.Deserialize(line, RecipeModelJson.Default.RecipeSample)
                ?? throw new JsonException("null sample");
        }
        catch (JsonException e)
        {
            throw new Pipeline.BadInputException(
                $"{path} line {number}: not a sample in the project's layout ({e.Message})", e);
        }
    }
}
