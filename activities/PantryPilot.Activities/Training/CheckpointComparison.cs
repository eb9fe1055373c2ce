using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Training;
using ScottPlot;

namespace PantryPilot.Activities.Training;

/// <summary>Turns the evaluation shards into one result per candidate (overall and per dietary tag), chooses the best
/// (raw compliance, then val loss) and writes checkpoint_comparison.json, checkpoint_comparison.html and
/// .png.</summary>
public static class CheckpointComparison
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IReadOnlyList<CandidateResult> Aggregate(IReadOnlyList<EvaluateCheckpointOutput> shards) =>
        shards.GroupBy(s => s.Candidate.Name, StringComparer.Ordinal)
            .Select(g =>
            {
                var candidate = g.First().Candidate;
                var samples = g.SelectMany(s => s.Samples).ToList();
                var error = g.Select(s => s.Error).FirstOrDefault(e => e is not null) is { } e ? FreeText.Cut(e) : null;
                var perTag = samples.SelectMany(s => s.Tags.DefaultIfEmpty("none").Select(t => (Tag: t, Sample: s)))
                    .GroupBy(x => x.Tag, StringComparer.Ordinal)
                    .OrderBy(t => t.Key, StringComparer.Ordinal)
                    .Select(t => Figures(t.Key, t.Select(x => x.Sample).ToList()))
                    .ToList();
                var latencies = samples.Select(s => s.LatencyMs).Order().ToList();
                var tokens = samples.Sum(s => s.Tokens);
                var seconds = samples.Where(s => s.TokensPerSecond > 0).Sum(s => s.Tokens / s.TokensPerSecond);
                return new CandidateResult(
                    candidate,
                    Figures("overall", samples),
                    perTag,
                    latencies.Count == 0 ? 0 : latencies[(latencies.Count - 1) / 2],
                    seconds > 0 ? tokens / seconds : 0,
                    error);
            })
            .OrderBy(c => c.Candidate.Iteration ?? -1)
            .ToList();

    /// <summary>The best candidate among those evaluated without error.</summary>
    public static string? Best(IReadOnlyList<CandidateResult> results)
        => CheckpointChoice.Best(
            results.Select(
                r => new CandidateScore(
                    r.Candidate.Name,
                    r.Error is null && r.Overall.Samples > 0 ? r.Overall.RawCompliance : null,
                    r.Candidate.ValLoss,
                    r.Candidate.Iteration)));

    public static ComplianceFigures Figures(string tag, IReadOnlyList<SampleVerdict> samples)
    {
        var served = samples.Count(s => s.ServedRecipe);
        return new ComplianceFigures(
            tag,
            samples.Count,
            samples.Count == 0 ? 0 : (double)samples.Count(s => s.RawParsed) / samples.Count,
            samples.Count == 0 ? 0 : (double)samples.Count(s => s.RawCompliant) / samples.Count,
            served,
            served == 0 ? null : (double)samples.Count(s => s.ServedRecipe && s.ServedViolations == 0) / served);
    }

    /// <summary>The shards to compare: release 1 passed them inline; release 2 names the candidates and the folder
    /// every shard wrote its verdicts to, one file per shard (<see cref="EvaluationNames.VerdictsFile"/>). A file that
    /// is not there is an error naming it (retried: shared storage may show it late), never a candidate quietly
    /// judged on fewer samples.</summary>
    public static IReadOnlyList<EvaluateCheckpointOutput> ShardsOf(CompareCheckpointsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.VerdictsDir is not { } dir || input.Candidates is not { } candidates)
        {
            return input.Shards;
        }

        if (input.ShardSize < 1)
        {
            throw new ArgumentException(
                $"compare-checkpoints: shard size must be at least 1 (got {input.ShardSize})", nameof(input));
        }

        var shards = new List<EvaluateCheckpointOutput>();
        foreach (var candidate in candidates)
        {
            for (var offset = 0; offset < input.Requests; offset += input.ShardSize)
            {
                var path = EvaluationNames.VerdictsFile(dir, candidate.Name, offset);
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException(
                        $"compare-checkpoints: the verdicts of {candidate.Name} from sample {offset} "
                        + $"are missing ({path})",
                        path);
                }

                var json = File.ReadAllText(path);
                shards.Add(JsonSerializer.Deserialize<EvaluateCheckpointOutput>(json, PayloadJson.Options)
                    ?? throw new InvalidDataException($"compare-checkpoints: {path} holds no verdicts"));
            }
        }

        return shards;
    }

    public static CompareCheckpointsOutput Write(CompareCheckpointsInput input)
    {
        var results = Aggregate(ShardsOf(input));
        var best = Best(results);
        Directory.CreateDirectory(input.OutputDir);
        var json = Path.Combine(input.OutputDir, "checkpoint_comparison.json");
        var html = Path.Combine(input.OutputDir, "checkpoint_comparison.html");
        var png = Path.Combine(input.OutputDir, "checkpoint_comparison.png");
        AtomicFile.WriteAllText(
            json,
            JsonSerializer.Serialize(
                new
                {
                    runId = input.RunId,
                    best,
                    chosenBy = "raw compliance, then val loss (lower), then later iteration",
                    candidates = results
                },
                Json));
        var chart = TryWritePng(png, results);
        AtomicFile.WriteAllText(html, Html(input.RunId, results, best, chart is null ? Path.GetFileName(png) : null));
        return new CompareCheckpointsOutput(results, best, json, html, chart is null ? png : null);
    }

    private static string Html(string runId, IReadOnlyList<CandidateResult> results, string? best, string? png)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        static string P(double? v) => v is { } x ? x.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
        var tags = results.SelectMany(r => r.PerTag.Select(t => t.Tag))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var b = new StringBuilder();
        b.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Checkpoint comparison</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
            .Append("td:first-child,th:first-child{text-align:left}.best{background:#dfd}.bad{background:#fdd}"
                + "</style></head><body>")
            .Append("<h1>Checkpoint comparison</h1><p>run ")
            .Append(E(runId))
            .Append("; best: <b>")
            .Append(E(best ?? "none (no candidate evaluated)"))
            .Append("</b>, chosen by raw compliance, then val loss.</p>")
            .Append("<p><b>raw compliance</b>: the model's own answer from the full pantry, guard off, "
                + "judged by the ingredient ontology (an unparseable answer does not comply). ")
            .Append("<b>served compliance</b>: recipes returned through the full guard, re-validated independently; "
                + "anything below 100% is a bug.</p>")
            .Append("<table><tr><th>candidate</th><th>iteration</th><th>val loss</th><th>samples</th>"
                + "<th>parse rate</th><th>raw compliance</th>");
        foreach (var tag in tags)
        {
            b.Append("<th>raw: ").Append(E(tag)).Append("</th>");
        }

        b.Append(
            "<th>served recipes</th><th>served compliance</th><th>latency p50 "
            + "ms</th><th>tokens/s</th><th>note</th></tr>");
        foreach (var r in results)
        {
            var cls = r.Candidate.Name == best
                ? "best"
                : r.Error is not null || r.Overall.ServedCompliance is < 1
                ? "bad"
                : string.Empty;
            b.Append("<tr class=\"")
                .Append(cls)
                .Append("\"><td>")
                .Append(E(r.Candidate.Name))
                .Append("</td>")
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<td>{r.Candidate.Iteration?.ToString(CultureInfo.InvariantCulture) ?? "-"}</td><td>"
                    + $"{r.Candidate.ValLoss?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-"}</td>")
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<td>{r.Overall.Samples}</td><td>{P(r.Overall.ParseRate)}</td><td>"
                    + $"{P(r.Overall.RawCompliance)}</td>");
            foreach (var tag in tags)
            {
                var t = r.PerTag.FirstOrDefault(x => x.Tag == tag);
                b.Append("<td>").Append(t is null ? "-" : $"{P(t.RawCompliance)} ({t.Samples})").Append("</td>");
            }

            b.Append(
                CultureInfo.InvariantCulture,
                $"<td>{r.Overall.ServedRecipes}</td><td>{P(r.Overall.ServedCompliance)}</td><td>"
                + $"{r.LatencyP50Ms:F1}</td><td>{r.TokensPerSecond:F0}</td><td>{E(r.Error ?? string.Empty)}</td></tr>");
        }

        b.Append("</table>");
        if (png is not null)
        {
            b.Append("<img alt=\"raw and served compliance per candidate\" src=\"").Append(E(png)).Append("\">");
        }

        return b.Append("</body></html>\n").ToString();
    }

    private static string? TryWritePng(string path, IReadOnlyList<CandidateResult> results)
    {
        try
        {
            var plot = new Plot();
            var bars = new List<Bar>();
            for (var i = 0; i < results.Count; i++)
            {
                bars.Add(
                    new Bar
                    {
                        Position = (i * 3) + 0,
                        Value = results[i].Overall.RawCompliance * 100,
                        FillColor = Color.FromHex("#f59e0b")
                    });
                bars.Add(
                    new Bar
                    {
                        Position = (i * 3) + 1,
                        Value = (results[i].Overall.ServedCompliance ?? 0) * 100,
                        FillColor = Color.FromHex("#10b981")
                    });
            }

            plot.Add.Bars(bars);
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                results.Select((_, i) => (i * 3) + 0.5).ToArray(), results.Select(r => r.Candidate.Name).ToArray());
            plot.Axes.SetLimitsY(0, 105);
            plot.Title("Raw compliance (amber, guard off) vs served compliance (green, full guard)");
            plot.YLabel("% of samples / served recipes");
            var temp = $"{path}.{Guid.NewGuid():N}.tmp.png";
            plot.SavePng(temp, Math.Max(600, 120 * results.Count), 450);
            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception e)
            when (e is DllNotFoundException
                or TypeInitializationException
                or PlatformNotSupportedException
                or BadImageFormatException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
