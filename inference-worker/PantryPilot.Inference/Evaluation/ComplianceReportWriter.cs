using System.Globalization;
using System.Net;
using System.Text;

namespace PantryPilot.Inference.Evaluation;

/// <summary>Writes compliance_cases.csv, compliance_by_tag.csv, compliance_report.html and results.jsonl into a
/// folder.</summary>
public static class ComplianceReportWriter
{
    public static async Task<IReadOnlyList<string>> WriteAsync(
        string directory,
        IReadOnlyList<ComplianceCaseResult> results,
        ComplianceSummary summary,
        string header,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var cases = Path.Combine(directory, "compliance_cases.csv");
        var tags = Path.Combine(directory, "compliance_by_tag.csv");
        var html = Path.Combine(directory, "compliance_report.html");
        var jsonl = Path.Combine(directory, "results.jsonl");
        await ComplianceResultsJson.WriteAsync(jsonl, results, cancellationToken);

        var csv = new StringBuilder(
            "id,tags,outcome,violations,traps_leaked,excluded,attempts,tokens,tokens_per_s,latency_ms,"
            + "violations_rejected,reason,title,traps_in_recipe,independent_violations,disagreements,trimmed\n");
        foreach (var r in results)
        {
            csv.AppendLine(string.Join(
                ',',
                Csv(r.Id), Csv(string.Join(' ', r.Tags)), r.Outcome, r.Violations.Count,
                Csv(string.Join(' ', r.TrapsLeaked)),
                r.Excluded, r.Attempts, r.Tokens, Number(r.TokensPerSecond), Number(r.LatencyMs), r.ViolationsRejected,
                Csv(r.Reason ?? string.Empty), Csv(r.Title ?? string.Empty),
                r.TrapsInRecipe.Count, r.IndependentViolations.Count, r.Disagreements.Count, r.Trimmed));
        }

        await File.WriteAllTextAsync(cases, csv.ToString(), cancellationToken);

        var byTag = new StringBuilder(
            "tag,cases,recipes,compliant_recipes,violations,no_recipe,errors,traps_leaked,compliance\n");
        foreach (var s in summary.PerTag.Prepend(summary.Overall))
        {
            byTag.AppendLine(string.Join(
                ',',
                Csv(s.Tag), s.Cases, s.Recipes, s.CompliantRecipes, s.Violations, s.NoRecipe, s.Errors, s.TrapsLeaked,
                s.Compliance is { } c ? Number(c) : string.Empty));
        }

        await File.WriteAllTextAsync(tags, byTag.ToString(), cancellationToken);
        await File.WriteAllTextAsync(html, Html(results, summary, header), cancellationToken);
        return [cases, tags, html, jsonl];
    }

    public static string Percent(double? value)
        => value is { } v ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a (no recipes)";

    private static string Html(IReadOnlyList<ComplianceCaseResult> results, ComplianceSummary summary, string header)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<title>PantryPilot compliance report</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}")
            .Append(".bad{background:#fdd}.ok{background:#dfd}</style></head><body>")
            .Append("<h1>Dietary compliance</h1><p>").Append(E(header)).Append("</p>");
        AppendSummary(html, summary);
        AppendPerTag(html, summary);
        AppendReasons(html, results, summary);
        AppendRequests(html, results);
        return html.Append("</table></body></html>\n").ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>The overall figures and the independent judges' counts.</summary>
    private static void AppendSummary(StringBuilder html, ComplianceSummary summary)
    {
        var o = summary.Overall;
        html.Append("<p class=\"").Append(o.Violations == 0 ? "ok" : "bad").Append("\"><b>")
            .Append(
                CultureInfo.InvariantCulture,
                $"{o.Cases} requests, {o.Recipes} recipes returned, {o.Violations} violations among returned recipes, ")
            .Append(
                CultureInfo.InvariantCulture,
                $"{o.NoRecipe} no-recipe, {o.Errors} errors, {o.TrapsLeaked} trap items leaked to the model; "
                + $"compliance {Percent(o.Compliance)}.")
            .Append("</b></p>")
            .Append(
                CultureInfo.InvariantCulture,
                $"<p class=\"{(summary.Clean ? "ok" : "bad")}\">Independent judging: (a) classifier {o.Violations} "
                + $"violations; (b) request traps: {o.TrapsLeaked} reached the model, {summary.TrapsInRecipe} in "
                + $"recipes; (c) word lists: {summary.IndependentViolations} flagged items; {summary.Disagreements} "
                + $"(a)/(c) disagreements listed below. {summary.InvalidRequests} invalid request lines; "
                + $"{summary.TrimmedRequests} pantries trimmed to fit the context.</p>")
            .Append(
                CultureInfo.InvariantCulture,
                $"<p>latency p50 {summary.LatencyP50Ms:F1} ms, p95 {summary.LatencyP95Ms:F1} ms; "
                + $"{summary.TokensPerSecond:F0} tokens/s; "
                + $"{summary.ViolationsRejected} violations rejected inside the worker.</p>");
    }

    /// <summary>The per-tag table (left open: the next section closes it).</summary>
    private static void AppendPerTag(StringBuilder html, ComplianceSummary summary)
    {
        html.Append(
            "<h2>Per tag</h2><table><tr><th>tag</th><th>cases</th><th>recipes</th><th>compliant</th>"
            + "<th>violations</th><th>no recipe</th><th>errors</th><th>traps leaked</th><th>compliance</th></tr>");
        foreach (var s in summary.PerTag)
        {
            html.Append("<tr class=\"").Append(s.Violations == 0 && s.TrapsLeaked == 0 ? "ok" : "bad").Append("\">")
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<td>{E(s.Tag)}</td><td>{s.Cases}</td><td>{s.Recipes}</td><td>{s.CompliantRecipes}</td>"
                    + $"<td>{s.Violations}</td><td>{s.NoRecipe}</td><td>{s.Errors}</td><td>{s.TrapsLeaked}</td>"
                    + $"<td>{E(Percent(s.Compliance))}</td></tr>");
        }
    }

    /// <summary>Why no recipe came back, which request lines were invalid, and where classifier and word lists
    /// disagree.</summary>
    private static void AppendReasons(
        StringBuilder html,
        IReadOnlyList<ComplianceCaseResult> results,
        ComplianceSummary summary)
    {
        html.Append("</table><h2>No-recipe reasons</h2><table><tr><th>reason</th><th>count</th></tr>");
        foreach (var (reason, count) in summary.NoRecipeReasons.OrderByDescending(x => x.Value))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(reason)}</td><td>{count}</td></tr>");
        }

        html.Append("</table><h2>Invalid request lines</h2><table><tr><th>id</th><th>error</th></tr>");
        foreach (var r in results.Where(r => r.InvalidRequest))
        {
            html.Append(
                CultureInfo.InvariantCulture,
                $"<tr class=\"bad\"><td>{E(r.Id)}</td><td>{E(r.Reason ?? string.Empty)}</td></tr>");
        }

        html.Append(
            "</table><h2>Classifier (a) and word lists (c) disagree: review</h2>"
            + "<table><tr><th>id</th><th>item</th></tr>");
        foreach (var r in results)
        {
            foreach (var d in r.Disagreements)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(r.Id)}</td><td>{E(d)}</td></tr>");
            }
        }
    }

    /// <summary>One row per request (its table is closed by the caller).</summary>
    private static void AppendRequests(StringBuilder html, IReadOnlyList<ComplianceCaseResult> results)
    {
        html.Append(
            "</table><h2>Requests</h2><table><tr><th>id</th><th>outcome</th><th>violations</th>"
            + "<th>traps leaked</th><th>attempts</th><th>tokens</th><th>latency ms</th><th>reason</th></tr>");
        foreach (var r in results)
        {
            html.Append("<tr class=\"")
                .Append(r.Violations.Count == 0 && r.TrapsLeaked.Count == 0 ? "ok" : "bad")
                .Append("\">")
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<td>{E(r.Id)}</td><td>{r.Outcome}</td><td>{E(string.Join("; ", r.Violations))}</td>"
                    + $"<td>{E(string.Join(", ", r.TrapsLeaked))}</td><td>{r.Attempts}</td><td>{r.Tokens}</td>"
                    + $"<td>{r.LatencyMs:F1}</td><td>{E(r.Reason ?? string.Empty)}</td></tr>");
        }
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
