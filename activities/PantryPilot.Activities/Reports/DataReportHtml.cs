using System.Globalization;
using System.Net;
using System.Text;
using PantryPilot.Activities.Validation;
using PantryPilot.Domain.Forecasting;
using PantryPilot.Domain.Reports;

namespace PantryPilot.Activities.Reports;

/// <summary>data-report.html: representation slices, price disparity and column profiles in one self-contained page
/// (inline CSS; the chart embedded as a data URI). All data values are HTML-encoded.</summary>
public static class DataReportHtml
{
    public static string Render(
        string runId,
        string asOf,
        IReadOnlyList<DataReportBuilder.TableReport> reports,
        byte[]? chartPng,
        string? chartSkipped,
        ForecastAccuracyScan.Result? forecastAccuracy = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>PantryPilot data report ")
            .Append(E(runId))
            .Append("</title><style>")
            .Append(ValidationHtml.Style)
            .Append("</style></head><body><h1>Data report — run ")
            .Append(E(runId))
            .Append(", as of ")
            .Append(E(asOf))
            .Append("</h1>")
            .Append(
                "<p class=\"muted\">Cuisine comes from a <code>cuisine</code> column when the data has one, "
                + "else from a keyword map of item names; ")
            .Append(
                "universal staples count as <em>global</em>. The Western share is taken over rows with a regional "
                + "cuisine.</p>");
        html.Append("<h2>Cuisine mix</h2>");
        if (chartPng is not null)
        {
            html.Append("<img alt=\"cuisine mix bar chart\" style=\"max-width:100%\" src=\"data:image/png;base64,")
                .Append(Convert.ToBase64String(chartPng))
                .Append("\">");
        }
        else if (chartSkipped is not null)
        {
            html.Append("<p class=\"muted\">Chart not drawn: ").Append(E(chartSkipped)).Append("</p>");
        }

        foreach (var report in reports)
        {
            var rows = report.Tally.Rows().ToArray();
            html.Append("<h2>")
                .Append(E(report.Table))
                .Append(" — representation (")
                .Append(report.Rows.ToString(CultureInfo.InvariantCulture))
                .Append(" rows)</h2>");
            foreach (var dimension in rows.Select(r => r.Dimension).Distinct())
            {
                html.Append("<h3>")
                    .Append(E(dimension))
                    .Append("</h3><table><tr><th>slice</th><th>count</th><th>share</th><th>value</th></tr>");
                foreach (var r in rows.Where(r => r.Dimension == dimension))
                {
                    html.Append("<tr><td>")
                        .Append(E(r.Slice))
                        .Append("</td><td>")
                        .Append(r.Count.ToString(CultureInfo.InvariantCulture))
                        .Append("</td><td>")
                        .Append(r.Share is { } s ? s.ToString("0.0%", CultureInfo.InvariantCulture) : "")
                        .Append("</td><td>")
                        .Append(r.Value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "")
                        .Append("</td></tr>");
                }

                html.Append("</table>");
            }

            html.Append("<h3>Column profile</h3><table><tr>");
            foreach (var h in new[]
            {
                "column", "kind", "count", "nulls", "null %", "distinct (est.)", "min", "max", "mean", "p50",
                "top values"
            })
            {
                html.Append("<th>").Append(E(h)).Append("</th>");
            }

            html.Append("</tr>");
            foreach (var line in report.ProfileLines)
            {
                html.Append("<tr>");
                foreach (var f in line.Skip(1))
                {
                    html.Append("<td>").Append(E(f)).Append("</td>");
                }

                html.Append("</tr>");
            }

            html.Append("</table>");
        }

        if (forecastAccuracy is not null)
        {
            AppendForecastAccuracy(html, forecastAccuracy);
        }

        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>The last-interval holdout: each method's mean absolute error in days on the same pairs, and how often
    /// the forecaster's 80 % interval held the actual purchase.</summary>
    private static void AppendForecastAccuracy(StringBuilder html, ForecastAccuracyScan.Result result)
    {
        var a = result.Accuracy;
        html.Append(
            "<h2>Forecast accuracy (last-interval holdout)</h2><p class=\"muted\">Household items with three or more "
            + "purchase days: ")
            .Append(
                "the next purchase is forecast as of the second-to-last purchase day and compared with the last one. ")
            .Append(
                CultureInfo.InvariantCulture,
                $"{a.Pairs} of {result.HouseholdItems} household items scored, "
                + $"from the first {result.Households} households of the file ")
            .Append(
                CultureInfo.InvariantCulture,
                $"(at most {ForecastAccuracyScan.MaxHouseholds}). Figures on generated and held-out data: "
                + $"docs/forecasting.md.</p>");
        html.Append("<table><tr><th>method</th><th>MAE (days)</th></tr>");
        for (var m = 0; m < HoldoutAccuracy.Methods.Count; m++)
        {
            var mae = a.MeanAbsoluteErrors[m];
            html.Append("<tr><td>")
                .Append(E(HoldoutAccuracy.Methods[m]))
                .Append("</td><td>")
                .Append(double.IsNaN(mae) ? "-" : mae.ToString("0.00", CultureInfo.InvariantCulture))
                .Append("</td></tr>");
        }

        html.Append("</table><p>80 % interval coverage: ")
            .Append(double.IsNaN(a.Coverage) ? "-" : a.Coverage.ToString("0.0%", CultureInfo.InvariantCulture))
            .Append("</p>");
    }

    /// <summary>The cuisine mix over all tables, largest first.</summary>
    public static IReadOnlyList<(string Cuisine, long Count)> CuisineMix(
        IEnumerable<DataReportBuilder.TableReport> reports)
        => reports.SelectMany(r => r.Tally.Slice("cuisine"))
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(kv => kv.Value)))
            .OrderByDescending(t => t.Item2)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .ToArray();

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
