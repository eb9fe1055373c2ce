using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace PantryPilot.Activities.Validation;

/// <summary>validation.html: one self-contained page (inline CSS, no scripts) a person opens in a browser.
/// Every value that came from data or a suite is HTML-encoded.</summary>
public static class ValidationHtml
{
    public const string Style = """
        body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;color:#1f2328;max-width:1200px}
        h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
        th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}tr.fail td{background:#fff5f5}tr.pass td{background:#f6fff8}
        .verdict{display:inline-block;padding:.2rem .6rem;border-radius:1rem;font-weight:600}
        .ok{background:#dafbe1;color:#116329}.bad{background:#ffebe9;color:#a40e26}
        code{font-size:.85rem;word-break:break-all}.muted{color:#656d76}
        """;

    public static string Render(IReadOnlyList<JsonObject> results, IReadOnlyList<ValidationSummaryRow> history)
    {
        var html = new StringBuilder();
        var runId = results.Select(r => r["pantrypilot"]?["run_id"]?.GetValue<string>()).FirstOrDefault() ?? "";
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>PantryPilot validation ")
            .Append(E(runId)).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<h1>Data validation — run ").Append(E(runId)).Append("</h1>");
        foreach (var result in results)
        {
            AppendTable(html, result);
        }

        html.Append("<h2>History</h2><table><tr>");
        foreach (var h in ValidationSummaryRow.Header)
        {
            html.Append("<th>").Append(E(h)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var row in history.Reverse().Take(500))
        {
            html.Append(row.Success ? "<tr class=\"pass\">" : "<tr class=\"fail\">");
            foreach (var f in row.Fields())
            {
                html.Append("<td>").Append(E(f)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table></body></html>\n");
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, JsonObject result)
    {
        var p = result["pantrypilot"]!;
        var success = result["success"]!.GetValue<bool>();
        var stats = result["statistics"]!;
        html.Append("<h2>").Append(E(p["table"]?.GetValue<string>())).Append("</h2><p>Suite <code>").Append(E(p["suite"]?.GetValue<string>()))
            .Append("</code> &nbsp; <span class=\"verdict ").Append(success ? "ok\">PASSED" : "bad\">FAILED").Append("</span> &nbsp; ")
            .Append(E($"{stats["successful_expectations"]} of {stats["evaluated_expectations"]} expectations passed; policy {p["policy"]}; "))
            .Append(E($"{p["rows"]} rows, {p["rows_valid"]} valid, {p["rows_quarantined"]} quarantined"))
            .Append("</p><table><tr><th>expectation</th><th>kwargs</th><th>result</th><th>unexpected</th><th>%</th><th>sample bad values (source row)</th></tr>");
        foreach (var node in result["results"]!.AsArray())
        {
            var r = node!.AsObject();
            var ok = r["success"]!.GetValue<bool>();
            var config = r["expectation_config"]!;
            var detail = r["result"]!;
            var error = r["exception_info"]?["exception_message"]?.GetValue<string>();
            var percent = detail["unexpected_percent"]?.GetValue<double>();
            html.Append(ok ? "<tr class=\"pass\">" : "<tr class=\"fail\">")
                .Append("<td><code>").Append(E(config["expectation_type"]?.GetValue<string>())).Append("</code></td>")
                .Append("<td><code>").Append(E(config["kwargs"]?.ToJsonString())).Append("</code></td>")
                .Append("<td>").Append(ok ? "pass" : "<strong>FAIL</strong>");
            if (error is not null)
            {
                html.Append("<br><span class=\"muted\">").Append(E(error)).Append("</span>");
            }

            if (detail["observed_value"] is { } observed)
            {
                html.Append("<br><span class=\"muted\">observed: ").Append(E(observed.ToString())).Append("</span>");
            }

            html.Append("</td><td>").Append(E(detail["unexpected_count"]?.ToString())).Append("</td><td>")
                .Append(percent is { } pc ? pc.ToString("0.##", CultureInfo.InvariantCulture) : "").Append("</td><td>");
            foreach (var s in detail["partial_unexpected_list"]?.AsArray() ?? [])
            {
                var row = s?["source_row"]?.ToString();
                html.Append("<code>").Append(E(s?["value"]?.GetValue<string>() ?? "null")).Append("</code>")
                    .Append(row is null ? "" : $" <span class=\"muted\">(row {E(row)})</span>").Append("<br>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</table>");
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
