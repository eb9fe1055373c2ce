using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace PantryPilot.Activities.Validation;

/// <summary>validation.html: one self-contained page (inline CSS, no scripts) a person opens in a browser.
/// Every value that came from data or a suite is HTML-encoded.</summary>
public static class ValidationHtml
{
    /// <summary>Headers never break inside a word; the results table has fixed column shares (the sample values get
    /// the widest), and only code (values, long tokens) may break anywhere, inside its own column.</summary>
    public const string Style = """
        body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:1.5rem;color:#1f2328;max-width:1360px}
        h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.85rem}
        table.results{table-layout:fixed}
        th,td{border:1px solid #d0d7de;padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
        th{background:#f6f8fa;white-space:nowrap;word-break:keep-all}
        td.num,th.num{text-align:right}
        tr.fail td{background:#fff5f5}tr.pass td{background:#f6fff8}
        .verdict{display:inline-block;padding:.2rem .6rem;border-radius:1rem;font-weight:600}
        .ok{background:#dafbe1;color:#116329}.bad{background:#ffebe9;color:#a40e26}
        code{font-size:.85rem;white-space:pre-wrap}table.results code{overflow-wrap:anywhere}
        .muted{color:#656d76}.scroll{overflow-x:auto}
        ul.samples{margin:0;padding-left:1.1rem}
        details summary{cursor:pointer}
        .warn{background:#fff8c5;border:1px solid #d4a72c;padding:.5rem .8rem;border-radius:.3rem}
        """;

    /// <summary>Share of the results table's width per column: expectation, kwargs, result, unexpected, %,
    /// samples.</summary>
    private static readonly string[] ColumnWidths = ["17%", "27%", "12%", "8%", "6%", "30%"];

    /// <summary>A kwarg value longer than this (a generated regex) shows its start and opens to the whole.</summary>
    private const int LongValue = 80;

    public static string Render(
        IReadOnlyList<JsonObject> results,
        IReadOnlyList<ValidationSummaryRow> history,
        IReadOnlyList<string>? warnings = null)
    {
        var html = new StringBuilder();
        var runId = results.Select(r => r["pantrypilot"]?["run_id"]?.GetValue<string>()).FirstOrDefault() ?? "";
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>PantryPilot validation ")
            .Append(E(runId)).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<h1>Data validation — run ").Append(E(runId)).Append("</h1>");
        if (warnings is { Count: > 0 })
        {
            html.Append("<div class=\"warn\"><strong>Input warnings</strong><ul>");
            foreach (var w in warnings)
            {
                html.Append("<li>").Append(E(w)).Append("</li>");
            }

            html.Append("</ul></div>");
        }

        foreach (var result in results)
        {
            AppendTable(html, result);
        }

        html.Append("<h2>History</h2><div class=\"scroll\"><table class=\"history\"><tr>");
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

        html.Append("</table></div></body></html>\n");
        return html.ToString();
    }

    private static void AppendTable(StringBuilder html, JsonObject result)
    {
        var p = result["pantrypilot"]!;
        var success = result["success"]!.GetValue<bool>();
        var stats = result["statistics"]!;
        html.Append("<h2>")
            .Append(E(p["table"]?.GetValue<string>()))
            .Append("</h2><p>Suite <code>")
            .Append(E(p["suite"]?.GetValue<string>()))
            .Append("</code> &nbsp; <span class=\"verdict ")
            .Append(success ? "ok\">PASSED" : "bad\">FAILED")
            .Append("</span> &nbsp; ")
            .Append(
                E(
                    $"{stats["successful_expectations"]} of {stats["evaluated_expectations"]} expectations passed; "
                    + $"policy {p["policy"]}; "))
            .Append(E($"{p["rows"]} rows, {p["rows_valid"]} valid, {p["rows_quarantined"]} quarantined"))
            .Append("</p><table class=\"results\"><colgroup>")
            .AppendJoin(string.Empty, ColumnWidths.Select(w => $"<col style=\"width:{w}\">"))
            .Append(
                "</colgroup><tr><th>expectation</th><th>kwargs</th><th>result</th><th class=\"num\">unexpected</th>")
            .Append("<th class=\"num\">%</th><th>sample bad values (source row)</th></tr>");
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
                .Append("<td>").Append(Arguments(config["kwargs"] as JsonObject)).Append("</td>")
                .Append("<td>").Append(ok ? "pass" : "<strong>FAIL</strong>");
            if (error is not null)
            {
                html.Append("<br><span class=\"muted\">").Append(E(error)).Append("</span>");
            }

            if (detail["observed_value"] is { } observed)
            {
                html.Append("<br><span class=\"muted\">observed: ").Append(E(observed.ToString())).Append("</span>");
            }

            html.Append("</td><td class=\"num\">")
                .Append(E(detail["unexpected_count"]?.ToString()))
                .Append("</td><td class=\"num\">")
                .Append(percent is { } pc ? pc.ToString("0.##", CultureInfo.InvariantCulture) : "")
                .Append("</td><td>");
            var samples = detail["partial_unexpected_list"]?.AsArray() ?? [];
            if (samples.Count > 0)
            {
                html.Append("<ul class=\"samples\">");
                foreach (var s in samples)
                {
                    var row = s?["source_row"]?.ToString();
                    html.Append("<li><code>").Append(E(s?["value"]?.GetValue<string>() ?? "null")).Append("</code>")
                        .Append(row is null ? "" : $" <span class=\"muted\">(row {E(row)})</span>").Append("</li>");
                }

                html.Append("</ul>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</table>");
    }

    /// <summary>Arguments one per line (<c>column: quantity</c>), long lists shortened, instead of one line of
    /// JSON.</summary>
    private static string Arguments(JsonObject? kwargs)
    {
        if (kwargs is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var (name, value) in kwargs)
        {
            var shown = value switch
            {
                null => "null",
                JsonArray list when list.Count > 12
                    => string.Join(", ", list.Take(12).Select(v => v?.ToString() ?? "null"))
                        + $", … ({list.Count} values)",
                JsonArray list => string.Join(", ", list.Select(v => v?.ToString() ?? "null")),
                _ => value.ToString(),
            };
            text.Append("<span class=\"muted\">").Append(E(name)).Append(":</span> ");
            if (shown.Length > LongValue)
            {
                text.Append("<details><summary><code>")
                    .Append(E(shown[..LongValue]))
                    .Append("…</code> <span class=\"muted\">(")
                    .Append(shown.Length.ToString(CultureInfo.InvariantCulture))
                    .Append(" characters)</span></summary><code>")
                    .Append(E(shown))
                    .Append("</code></details>");
            }
            else
            {
                text.Append("<code>").Append(E(shown)).Append("</code><br>");
            }
        }

        return text.ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
