using System.Text.Json;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>Streams sample files (any layout, detected per line) through <see cref="RecipeSampleFilter"/> into
/// kept.jsonl and removed.jsonl (each removed line with its reasons, the ingredient and rule behind each, and the
/// original line verbatim), then writes the statistics per tag and reason (CSV), what the conversion counted (CSV), an
/// HTML report with a page per removal reason, and a PNG. Samples in = kept + removed, always.</summary>
public sealed class DatasetFilter(RecipeDiet diet)
{
    /// <summary>Lines judged together: enough to keep every core busy, few enough to stream (about 3 MB of
    /// text).</summary>
    private const int ChunkSize = 512;

    public static FilterSettings SettingsOf(FilterOptions options) =>
        new(options.Pantry == PantryPolicy.Prefilter, options.UnknownTags == UnknownTagPolicy.Strip,
            options.MaxSequenceTokens,
            options.UnlistedStepIngredients == StepIngredientPolicy.Drop,
            options.Staples is null ? null : HouseholdStaples.Of(options.StaplesSource ?? "given", options.Staples),
            options.NotInPantry == NotInPantryPolicy.Drop);

    /// <param name="outDir">Where kept.jsonl, removed.jsonl and filter_stats.csv go.</param>
    /// <param name="reportsDir">Where filter.html and filter.png go.</param>
    public async Task<FilterDatasetOutput> FilterAsync(
        IReadOnlyList<string> inputs, string outDir, string reportsDir, FilterSettings settings, string title,
        Action<long>? heartbeat, CancellationToken ct)
    {
        var filter = new RecipeSampleFilter(diet, settings);
        var stats = new FilterStatistics();
        var seen = new HashSet<ulong>();
        long rebuilt = 0;
        var keptPath = Path.Combine(outDir, "kept.jsonl");
        var removedPath = Path.Combine(outDir, "removed.jsonl");
        var chunk = new List<(long Number, string Line)>(ChunkSize);
        var judged = new Judged[ChunkSize];
        await using (var kept = new JsonLinesFile(keptPath))
        await using (var removed = new JsonLinesFile(removedPath))
        {
            foreach (var input in inputs)
            {
                if (!File.Exists(input))
                {
                    throw new Pipeline.BadInputException($"{input}: sample file not found");
                }

                var source = Path.GetFileName(input);
                try
                {
                    await foreach (var numbered in JsonLinesFile.ReadAsync(input, ct))
                    {
                        chunk.Add(numbered);
                        if (chunk.Count == ChunkSize)
                        {
                            Flush();
                        }
                    }
                }
                catch (InvalidDataException e)
                {
                    throw new Pipeline.BadInputException($"{input}: {e.Message}");
                }

                Flush();

                // Parsing, judging and serializing the output line are pure and the ontology's caches are thread-safe,
                // so a chunk is done on all cores; what depends on order (first copy of an id wins, counts, the order
                // of
                // output lines) stays sequential and only copies bytes.
                void Flush()
                {
                    Parallel.For(0, chunk.Count, new ParallelOptions { CancellationToken = ct }, i =>
                    {
                        var (number, line) = chunk[i];
                        var (candidate, error) = SampleReader.Read(line, source, number);
                        var decision = candidate is null
                            ? new FilterDecision(null, [$"unparseable: {error}"], [], false)
                            : filter.Judge(candidate, number);
                        judged[i] =
                            new Judged(candidate, decision, OutputLine(decision, source, number, candidate, line));
                    });

                    for (var i = 0; i < chunk.Count; i++)
                    {
                        var (number, line) = chunk[i];
                        var (candidate, decision, output) = judged[i];
                        judged[i] = default;
                        if (candidate is not null && !seen.Add(StratifiedSplit.Hash(0, candidate.Id ?? line)))
                        {
                            decision =
                                new FilterDecision(null,
                                    [$"duplicate: {candidate.Id ?? $"line {number}"} was already read"],
                                    RecipeDiet.ParseTags(candidate.Tags), false);
                            output = OutputLine(decision, source, number, candidate, line);
                        }

                        stats.Add(decision, source, number, line);
                        if (decision.Kept is not null)
                        {
                            rebuilt += decision.PromptRebuilt ? 1 : 0;
                            kept.WriteUtf8Line(output);
                        }
                        else
                        {
                            removed.WriteUtf8Line(output);
                        }

                        if (stats.Total % 1000 == 0)
                        {
                            heartbeat?.Invoke(stats.Total);
                        }
                    }

                    chunk.Clear();
                }
            }

            await kept.CommitAsync(ct);
            await removed.CommitAsync(ct);
        }

        var statsPath = Path.Combine(outDir, "filter_stats.csv");
        var report = await FilterReport.WriteAsync(stats, statsPath, reportsDir, title, settings, ct);
        return new FilterDatasetOutput(
            keptPath, removedPath, statsPath, report.HtmlPath, report.PngPath, stats.Total, stats.Kept, stats.Removed,
            rebuilt,
            stats.ByTag(), stats.ByReason());
    }

    /// <summary>The line written for a decision: the kept sample, or the removal with its reasons and the original
    /// line.</summary>
    private static byte[] OutputLine(FilterDecision decision, string source, long number, SampleCandidate? candidate,
        string line) =>
        decision.Kept is { } sample
            ? JsonSerializer.SerializeToUtf8Bytes(sample, RecipeModelJson.Files.RecipeSample)
            : JsonSerializer.SerializeToUtf8Bytes(
                new RemovedSample(source, number, candidate?.Id, decision.PrimaryReason!, decision.Reasons,
                    decision.Tags.Select(t => t.Normalized).ToArray(), line)
                {
                    Findings = decision.Findings.Count == 0 ? null : decision.Findings,
                },
                RecipeModelJson.Files.RemovedSample);

    private readonly record struct Judged(SampleCandidate? Candidate, FilterDecision Decision, byte[] Output);
}
