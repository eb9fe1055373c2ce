using System.Globalization;
using System.Net;
using System.Text;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>The removal report a person can audit: one HTML page per removal reason
/// (filter-reasons/&lt;reason&gt;.html) with what the reason means and the first removals, each with the ingredient and
/// rule that decided it and the original line; and filter_conversion.csv, what the conversion counted.</summary>
public static class RemovalReport
{
    public const string Folder = "filter-reasons";

    /// <summary>What each reason means, for the head of its page.</summary>
    public static readonly IReadOnlyDictionary<string, string> Meanings =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["unparseable"] = "The line is not a sample in any layout the filter reads.",
            ["no-recipe"] =
                "The sample holds no recipe (the teacher found none, or the answer is not the serving schema).",
            ["unsupported-tag"] = "A dietary tag the ontology does not model, under --unknown-tags drop.",
            ["truncated-method"] =
                "The method looks cut short: it starts after step 1, skips a step, is one step, or stops mid-sentence.",
            ["no-ingredients"] = "No ingredient of the answer is a pantry item.",
            ["no-steps"] = "The answer has no steps.",
            ["amount-unreadable"] =
                "An ingredient's amount holds a number the quantity grammar cannot read; it is never turned into 0.",
            ["selected-forbidden"] = "An ingredient the recipe uses breaks the request's diet.",
            ["selected-may-contain"] =
                "An ingredient the recipe uses may break the request's diet (animal rennet, fish in curry paste).",
            ["selected-unknown"] = "An ingredient the ontology cannot read, under a diet: nothing can check it.",
            ["selected-ambiguous"] = "An ingredient fits several pantry items equally; which one is not guessed.",
            ["selected-not-in-pantry"] =
                "An ingredient is neither a pantry item (by any name: 'cod fillet' is the pantry's cod) "
                + "nor an addition (--not-in-pantry drop).",
            ["request-ignored"] = "The request asks for an ingredient the recipe never uses.",
            ["addition-forbidden"] = "A suggested addition (shopping or missing list) breaks the diet.",
            ["addition-may-contain"] = "A suggested addition may break the diet.",
            ["addition-unknown"] = "A suggested addition the ontology cannot read, under a diet.",
            ["step-forbidden"] = "A food the steps use breaks the diet, though the ingredient list may not show it.",
            ["step-may-contain"] = "A food the steps use may break the diet.",
            ["step-not-in-pantry"] =
                "A food the steps use is neither in the pantry nor among the additions "
                + "(--unlisted-step-ingredients drop).",
            ["pantry-shows-forbidden"] = "The prompt's pantry shows an item the diet forbids (--pantry-policy drop).",
            ["too-long"] = "Prompt and answer are longer than the trainer's max sequence.",
            ["duplicate"] = "The same sample was already read.",
        };

    public static async Task WriteAsync(FilterStatistics stats, string reportsDir, string csvPath, string title,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var csv = new StringBuilder("measure,count\n");
        foreach (var (what, count) in stats.Conversion)
        {
            csv.Append('"').Append(what.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",")
                .Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        await JsonLinesFile.WriteAllTextAsync(csvPath, csv.ToString(), ct);

        // Pages of an earlier run in the same folder would describe reasons this run does not have.
        var folder = Path.Combine(reportsDir, Folder);
        if (Directory.Exists(folder))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, "*.html"))
            {
                File.Delete(stale);
            }
        }

        foreach (var (reason, count) in stats.ByReason())
        {
            await JsonLinesFile.WriteAllTextAsync(Path.Combine(reportsDir, Folder, $"{FileName(reason)}.html"),
                Page(stats, reason, count, title), ct);
        }
    }

    /// <summary>The page's file name: the reason code itself (codes are [a-z-]); anything else is made safe.</summary>
    public static string FileName(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new string(reason.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').ToArray());
    }

    private static string Page(FilterStatistics stats, string reason, long count, string title)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(reason)).Append(
            " — ").Append(E(title))
            .Append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}")
            .Append(
                ".muted{color:#666}code{white-space:pre-wrap;word-break:break-all;font-size:85%}</style></head><body>")
            .Append("<p><a href=\"../filter.html\">← filter report</a></p><h1>").Append(E(reason)).Append("</h1><p>")
            .Append(E(Meanings.GetValueOrDefault(reason, "A reason this filter version does not describe.")))
            .Append(CultureInfo.InvariantCulture, $"</p><p><b>{count:N0}</b> samples removed ")
            .Append("with this as the first reason; ")
            .Append(CultureInfo.InvariantCulture,
                $"the first {Math.Min(count, FilterStatistics.ExamplesPerReason)} are below. ")
            .Append("Every removed sample is in removed.jsonl with all its reasons, ")
            .Append("their findings and the original line.")
            .Append("</p>")
            .Append("<table><tr><th>where</th><th>tags</th><th>ingredient</th><th>rule</th><th>why</th>")
            .Append("<th>original line</th></tr>");
        foreach (var example in stats.Examples(reason))
        {
            var findings = example.Findings.Count > 0
                ? example.Findings
                : example.Reasons
                    .Select(r => new FilterFinding(r.Split(':', 2)[0], null, null, r.Split(':', 2).Last().Trim()))
                    .ToArray();
            var deciding = findings.Where(f => f.Code == reason).DefaultIfEmpty(findings[0]).First();
            var others = findings.Where(f => !ReferenceEquals(f, deciding)).Select(f => f.Reason).ToArray();
            html.Append("<tr><td>").Append(E(example.Source))
                .Append(CultureInfo.InvariantCulture, $" line {example.Line}</td><td>")
                .Append(E(example.Tags.Count == 0 ? "none" : string.Join(", ", example.Tags))).Append("</td><td>")
                .Append(E(deciding.Ingredient ?? "–")).Append("</td><td>")
                .Append(E(deciding.Rule ?? "–")).Append("</td><td>")
                .Append(E(deciding.Detail));
            if (others.Length > 0)
            {
                html.Append("<br><span class=\"muted\">also: ").Append(E(string.Join(" | ", others))).Append("</span>");
            }

            var original = example.Original.Length > 1500 ? example.Original[..1500] + " …" : example.Original;
            html.Append("</td><td><details><summary>show</summary><code>").Append(E(original)).Append(
                "</code></details></td></tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
