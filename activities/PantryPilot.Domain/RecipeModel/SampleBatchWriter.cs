using System.Text.Json;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>
/// One generate batch on files, whoever the teacher is (the template, an endpoint, the inference pool's model): plans
/// samples [start, start + count), asks the teacher, writes accepted samples to the batch file, rejected answers (with
/// the reason) to its .rejected.jsonl and the counts to its .stats.json, all atomically; the batch file last, so a
/// batch file that exists always has its counts. A batch whose file exists is not generated again (a retried or resumed
/// run), and every sample is planned from (seed, index), so no sample is ever written twice.
/// </summary>
public static class SampleBatchWriter
{
    private static readonly JsonSerializerOptions StatsJson = new() { WriteIndented = true };

    /// <param name="batchPath">raw/batches/batch-NNNNN.jsonl of the dataset.</param>
    /// <param name="maxParallel">Answers in flight at once for a teacher that is not the (synchronous)
    /// template.</param>
    public static async Task<SampleBatchResult> WriteAsync(
        string batchPath,
        int batchIndex,
        int start,
        int count,
        int seed,
        SamplePlanner planner,
        IRecipeTeacher teacher,
        int maxParallel,
        Action<int>? heartbeat,
        CancellationToken ct)
    {
        var statsPath = StatsPath(batchPath);
        if (File.Exists(batchPath) && File.Exists(statsPath))
        {
            var written = JsonSerializer.Deserialize<SampleBatchResult>(
                    await File.ReadAllTextAsync(statsPath, ct),
                    StatsJson)
                ?? throw new InvalidDataException($"{statsPath}: empty batch statistics");
            return written with { Path = batchPath, Skipped = true };
        }

        var answers = new TeacherAnswer[count];
        var plans = new SamplePlan[count];
        var done = 0;
        if (teacher is TemplateTeacher template)
        {
            for (var i = 0; i < count; i++)
            {
                ct.ThrowIfCancellationRequested();
                plans[i] = planner.Plan(seed, start + i);
                answers[i] = template.Answer(plans[i]);
                if (++done % 50 == 0)
                {
                    heartbeat?.Invoke(done);
                }
            }
        }
        else
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, count),
                new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Math.Max(1, maxParallel) },
                async (i, token) =>
                {
                    plans[i] = planner.Plan(seed, start + i);
                    answers[i] = await teacher.AnswerAsync(plans[i], token);
                    heartbeat?.Invoke(Interlocked.Increment(ref done));
                });
        }

        var byTag = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var rejected = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var file = new JsonLinesFile(batchPath);
        await using var rejectedFile = new JsonLinesFile(Path.ChangeExtension(batchPath, ".rejected.jsonl"));
        for (var i = 0; i < count; i++)
        {
            var answer = answers[i];
            if (answer.Answer is null)
            {
                var reason = answer.RejectReason ?? "rejected";
                rejected[reason] = rejected.GetValueOrDefault(reason) + 1;
                rejectedFile.WriteLine(JsonSerializer.Serialize(
                    new { id = SampleFactory.SampleId(seed, plans[i].Index), reason, detail = answer.Detail }));
                continue;
            }

            var sample = SampleFactory.Create(plans[i], answer.Answer, teacher.Name, answer.InjectedFault);
            file.WriteLine(RecipeModelJson.Serialize(sample));
            var tag = plans[i].Tags.Count == 0 ? "none" : string.Join('+', plans[i].Tags);
            byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
        }

        var output = new SampleBatchResult(
            batchIndex,
            batchPath,
            count,
            (int)file.Lines,
            false,
            new Dictionary<string, int>(byTag, StringComparer.Ordinal),
            new Dictionary<string, int>(rejected, StringComparer.Ordinal));
        // Sidecar first, batch file last: a batch file that exists always has its counts beside it.
        await rejectedFile.CommitAsync(ct);
        await JsonLinesFile.WriteAllTextAsync(statsPath, JsonSerializer.Serialize(output, StatsJson), ct);
        await file.CommitAsync(ct);
        return output;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SamplePlanner> Planners =
        new(StringComparer.Ordinal);

    /// <summary>raw/batches/batch-NNNNN.jsonl of a dataset folder.</summary>
    public static string BatchPath(string datasetDir, int index) =>
        Path.Combine(
            datasetDir,
            "raw",
            "batches",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"batch-{index:D5}.jsonl"));

    /// <summary>The planner of a run (corpus + tag mix), loaded once per process: every batch of a run shares it.
    /// Throws FormatException/IOException/ArgumentException on a corpus that cannot be read.</summary>
    public static SamplePlanner PlannerFor(
        string? corpusPath,
        IReadOnlyDictionary<string, double> tagMix,
        RecipeDiet diet)
    {
        var key = $"{corpusPath}|" + string.Join(
            ',',
            tagMix.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));
        return Planners.GetOrAdd(key, _ => new SamplePlanner(RecipeCorpus.Load(corpusPath, diet), diet, tagMix));
    }

    /// <summary>The batch's counts, written before the batch file itself.</summary>
    public static string StatsPath(string batchPath) => Path.ChangeExtension(batchPath, ".stats.json");
}
