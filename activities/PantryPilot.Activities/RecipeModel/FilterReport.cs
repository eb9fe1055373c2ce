using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Analysis;
using PantryPilot.Domain.RecipeModel;
using ScottPlot;

namespace PantryPilot.Activities.RecipeModel;

/// <summary>What people look at after a filter run: filter_stats.csv (tag, supported, outcome, count: a long table a
/// spreadsheet pivots), filter_conversion.csv (what the conversion counted), filter.html (per-tag, per-reason and
/// conversion tables, each reason linking to its page of examples in filter-reasons/) and filter.png (kept vs removed
/// per tag).</summary>
public static class FilterReport
{
    public static async Task<(string HtmlPath, string PngPath)> WriteAsync(
        FilterStatistics stats, string csvPath, string reportsDir, string title, FilterSettings settings,
        CancellationToken ct)
    {
        var rows = stats.Rows().ToArray();
        var frame = new DataFrame(
            new StringDataFrameColumn("tag", rows.Select(r => r.Tag)),
            new BooleanDataFrameColumn("supported", rows.Select(r => r.Supported)),
            new StringDataFrameColumn("outcome", rows.Select(r => r.Outcome)),
            new Int64DataFrameColumn("count", rows.Select(r => r.Count)));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(csvPath))!);
        var tempCsv = $"{csvPath}.{Guid.NewGuid():N}.tmp";
        DataFrame.SaveCsv(frame, tempCsv, cultureInfo: CultureInfo.InvariantCulture);
        File.Move(tempCsv, csvPath, overwrite: true);

        var byTag = stats.ByTag();
        var pngPath = Path.Combine(reportsDir, "filter.png");
        var chartError = TryWriteChart(pngPath, byTag.Select(t => (t.Tag, t.Kept, t.Removed)).ToArray());
        var htmlPath = Path.Combine(reportsDir, "filter.html");
        await RemovalReport.WriteAsync(stats, reportsDir,
            Path.Combine(Path.GetDirectoryName(Path.GetFullPath(csvPath))!, "filter_conversion.csv"), title, ct);
        await JsonLinesFile.WriteAllTextAsync(htmlPath,
            Html(stats, title, settings, chartError is null ? "filter.png" : null, chartError), ct);
        return (htmlPath, pngPath);
    }

    private static string Html(FilterStatistics stats, string title, FilterSettings settings, string? png,
        string? chartError)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Recipe-model filter ")
            .Append(E(title))
            .Append("</title><style>body{font-family:sans-serif;margin:2em}")
            .Append("table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
            .Append("td:first-child,th:first-child{text-align:left}.muted{color:#666}</style></head><body>")
            .Append("<h1>Recipe-model filter — ").Append(E(title)).Append("</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>{stats.Total:N0} samples in, <b>{stats.Kept:N0} kept</b> ")
            .Append(CultureInfo.InvariantCulture, $"({Share(stats.Kept, stats.Total)}), {stats.Removed:N0} removed. ")
            .Append("Pantry policy <b>").Append(settings.PrefilterPantry ? "prefilter" : "drop")
            .Append("</b>, unsupported tags <b>")
            .Append(settings.StripUnknownTags ? "strip (kept in the prompt)" : "drop")
            .Append("</b>, unlisted step ingredients <b>")
            .Append(settings.DropUnlistedStepIngredients ? "drop" : "keep (counted)")
            .Append(
                CultureInfo.InvariantCulture, $"</b>, max sequence {settings.MaxSequenceTokens} tokens, staples <b>")
            .Append(E(StaplesText(settings.StapleSet)))
            .Append("</b> (assumed in every kitchen, counted, still judged by the diet), ")
            .Append("ingredients not in the pantry <b>")
            .Append(settings.DropNotInPantry ? "drop" : "moved to the additions (counted)").Append("</b>.</p>")
            .Append("<p class=\"muted\">Every ingredient is matched to the pantry lot it uses; every ingredient, ")
            .Append("every suggested addition and every food the ")
            .Append("steps mention is judged by the ingredient ontology against the sample's tags; ")
            .Append("a sample with two tags counts under both. ")
            .Append("Reasons are listed by the first one that applies; each links to a page with examples, ")
            .Append("the ingredient and the rule that decided.</p>");
        if (png is not null)
        {
            html.Append("<img alt=\"kept and removed samples per tag\" style=\"max-width:100%\" src=\"")
                .Append(png).Append("\">");
        }
        else
        {
            html.Append("<p class=\"muted\">Chart not drawn: ").Append(E(chartError ?? "unknown")).Append("</p>");
        }

        html.Append("<h2>Per tag</h2><table><tr><th>tag</th><th>modelled</th><th>samples</th><th>kept</th>")
            .Append("<th>removed</th><th>kept share</th></tr>");
        foreach (var t in stats.ByTag())
        {
            html.Append("<tr><td>").Append(E(t.Tag)).Append("</td><td>")
                .Append(t.Supported ? "yes" : "no (unsupported)")
                .Append(CultureInfo.InvariantCulture, $"</td><td>{t.Samples:N0}</td><td>{t.Kept:N0}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{t.Removed:N0}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Share(t.Kept, t.Samples)}</td></tr>");
        }

        html.Append(
            "</table><h2>Removed, by reason</h2><table><tr><th>reason</th><th>samples</th><th>what it means</th></tr>");
        foreach (var (reason, count) in stats.ByReason().OrderByDescending(r => r.Value))
        {
            html.Append("<tr><td><a href=\"").Append(RemovalReport.Folder).Append('/').Append(
                RemovalReport.FileName(reason)).Append(".html\">").Append(E(reason))
                .Append(CultureInfo.InvariantCulture, $"</a></td><td>{count:N0}</td><td>").Append(
                    E(RemovalReport.Meanings.GetValueOrDefault(reason, string.Empty))).Append("</td></tr>");
        }

        html.Append(
            "</table><h2>Removed, by reason and tag</h2><table><tr><th>reason</th><th>tag</th><th>samples</th></tr>");
        foreach (var r in stats.Rows()
            .Where(r => r.Outcome != FilterStatistics.KeptOutcome)
            .OrderByDescending(r => r.Count))
        {
            html.Append("<tr><td>").Append(E(r.Outcome)).Append("</td><td>").Append(E(r.Tag))
                .Append(CultureInfo.InvariantCulture, $"</td><td>{r.Count:N0}</td></tr>");
        }

        html.Append("</table><h2>Conversion</h2><p class=\"muted\">Counted over every sample read ")
            .Append("(filter_conversion.csv). 'Not carried' lists ")
            .Append("fields of the original that no kept sample can hold; ")
            .Append("everything else lands in the prompt, the answer or the metadata.</p>")
            .Append("<table><tr><th>what</th><th>count</th></tr>");
        foreach (var (what, count) in stats.Conversion)
        {
            html.Append("<tr><td>").Append(E(what)).Append(CultureInfo.InvariantCulture,
                $"</td><td>{count:N0}</td></tr>");
        }

        foreach (var (heading, names) in new[]
        {
            ("Step ingredients in neither pantry nor additions", stats.UnlistedStepIngredients(20)),
            ("Used a staple not in pantry", stats.StaplesAssumed(20)),
            ("Not in pantry, moved to the additions", stats.MovedToAdditions(20)),
            ("Additions the recipe never uses", stats.UnusedAdditions(20))
        })
        {
            if (names.Count > 0)
            {
                html.Append("</table><h3>").Append(E(heading)).Append(
                    " (most frequent)</h3><table><tr><th>food</th><th>samples</th></tr>");
                foreach (var (name, count) in names)
                {
                    html.Append("<tr><td>").Append(E(name)).Append(CultureInfo.InvariantCulture,
                        $"</td><td>{count:N0}</td></tr>");
                }
            }
        }

        html.Append("</table><p class=\"muted\">Each removed sample is in removed.jsonl with all its reasons ")
            .Append("and the original line; kept.jsonl holds ")
            .Append("the kept samples with their prompts rebuilt by the serving prompt builder.</p></body></html>");
        return html.ToString();
    }

    private static string? TryWriteChart(string path, IReadOnlyList<(string Tag, long Kept, long Removed)> tags)
    {
        try
        {
            var plot = new Plot();
            var bars = new List<Bar>();
            for (var i = 0; i < tags.Count; i++)
            {
                bars.Add(
                    new Bar
                    {
                        Position = i,
                        ValueBase = 0,
                        Value = tags[i].Kept,
                        FillColor = Color.FromHex("#16a34a")
                    });
                bars.Add(
                    new Bar
                    {
                        Position = i,
                        ValueBase = tags[i].Kept,
                        Value = tags[i].Kept + tags[i].Removed,
                        FillColor = Color.FromHex("#dc2626")
                    });
            }

            plot.Add.Bars(bars);
            plot.Axes.Bottom.TickGenerator =
                new ScottPlot.TickGenerators.NumericManual(
                    Enumerable.Range(0, tags.Count).Select(i => (double)i).ToArray(),
                    tags.Select(t => t.Tag).ToArray());
            plot.Axes.Margins(bottom: 0);
            plot.Title("Filter: kept (green) and removed (red) samples per tag");
            plot.YLabel("samples");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temp = $"{path}.{Guid.NewGuid():N}.tmp.png";
            plot.SavePng(temp, Math.Max(600, 110 * tags.Count), 450);
            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException
            or PlatformNotSupportedException or BadImageFormatException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static string Share(long part, long total) => total == 0 ? "–"
        : ((double)part / total).ToString("P1", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string StaplesText(HouseholdStaples staples) => staples.Names.Count == 0 ? "none"
        : $"{staples.Description}: {string.Join(", ", staples.Names)}";
}
