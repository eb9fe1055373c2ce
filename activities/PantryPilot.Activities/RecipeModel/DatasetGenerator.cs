using System.Collections.Concurrent;
using System.Text.Json;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>One generate batch on files: plans samples [start, start + count), asks the teacher, writes accepted samples
/// to the batch file and rejected answers (with reason) to its .rejected.jsonl, counts to its .stats.json, all
/// atomically. A batch whose file already exists is not generated again (a retried or resumed run).</summary>
public sealed class DatasetGenerator(RecipeDiet diet)
{
    private static readonly ConcurrentDictionary<string, SamplePlanner> Planners = new(StringComparer.Ordinal);
    private static readonly JsonSerializerOptions StatsJson = new() { WriteIndented = true };

    public async Task<GenerateBatchOutput> GenerateAsync(GenerateBatchInput input, IRecipeTeacher teacher, Action<int>? heartbeat, CancellationToken ct)
    {
        var run = input.Run;
        var path = RecipeDatasetPaths.Batch(run.DatasetDir, input.BatchIndex);
        var statsPath = RecipeDatasetPaths.BatchStats(run.DatasetDir, input.BatchIndex);
        if (File.Exists(path) && File.Exists(statsPath))
        {
            var written = JsonSerializer.Deserialize<GenerateBatchOutput>(await File.ReadAllTextAsync(statsPath, ct), StatsJson)
                ?? throw new InvalidDataException($"{statsPath}: empty batch statistics");
            return written with { Path = path, Skipped = true };
        }

        var planner = PlannerFor(run);
        var answers = new TeacherAnswer[input.Count];
        var plans = new SamplePlan[input.Count];
        var done = 0;
        if (teacher is TemplateTeacher template)
        {
            for (var i = 0; i < input.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                plans[i] = planner.Plan(run.Input.Seed, input.Start + i);
                answers[i] = template.Answer(plans[i]);
                if (++done % 50 == 0)
                {
                    heartbeat?.Invoke(done);
                }
            }
        }
        else
        {
            // The teacher's own pipeline limits concurrency per endpoint; here every sample of the batch is in flight.
            await Parallel.ForEachAsync(Enumerable.Range(0, input.Count), new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = 64 }, async (i, token) =>
            {
                plans[i] = planner.Plan(run.Input.Seed, input.Start + i);
                answers[i] = await teacher.AnswerAsync(plans[i], token);
                heartbeat?.Invoke(Interlocked.Increment(ref done));
            });
        }

        var byTag = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var rejected = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var file = new JsonLinesFile(path);
        await using var rejectedFile = new JsonLinesFile(Path.ChangeExtension(path, ".rejected.jsonl"));
        for (var i = 0; i < input.Count; i++)
        {
            var answer = answers[i];
            if (answer.Answer is null)
            {
                var reason = answer.RejectReason ?? "rejected";
                rejected[reason] = rejected.GetValueOrDefault(reason) + 1;
                rejectedFile.WriteLine(JsonSerializer.Serialize(new { id = SampleFactory.SampleId(run.Input.Seed, plans[i].Index), reason, detail = answer.Detail }));
                continue;
            }

            var sample = SampleFactory.Create(plans[i], answer.Answer, teacher.Name, answer.InjectedFault);
            file.WriteLine(RecipeModelJson.Serialize(sample));
            var tag = plans[i].Tags.Count == 0 ? "none" : string.Join('+', plans[i].Tags);
            byTag[tag] = byTag.GetValueOrDefault(tag) + 1;
        }

        var output = new GenerateBatchOutput(input.BatchIndex, path, input.Count, (int)file.Lines, false,
            new Dictionary<string, int>(byTag, StringComparer.Ordinal), new Dictionary<string, int>(rejected, StringComparer.Ordinal));
        // Sidecar first, batch file last: a batch file that exists always has its counts beside it.
        await rejectedFile.CommitAsync(ct);
        await JsonLinesFile.WriteAllTextAsync(statsPath, JsonSerializer.Serialize(output, StatsJson), ct);
        await file.CommitAsync(ct);
        return output;
    }

    private SamplePlanner PlannerFor(RecipeModelRun run)
    {
        var key = $"{run.Input.CorpusPath}|{string.Join(',', run.TagMix.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"))}";
        return Planners.GetOrAdd(key, _ =>
        {
            try
            {
                return new SamplePlanner(RecipeCorpus.Load(run.Input.CorpusPath, diet), diet, run.TagMix);
            }
            catch (Exception e) when (e is FormatException or IOException or ArgumentException or UnauthorizedAccessException)
            {
                throw new Pipeline.BadInputException($"recipe corpus: {e.Message}", e);
            }
        });
    }
}
