using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Activities.Validation;

namespace PantryPilot.Activities.Tests.Validation;

/// <summary>validation.html's layout: headers never wrap inside a word, the sample-values column keeps the widest share
/// of the table, and a very long argument (the generated unit regex) is folded instead of stretching its column.</summary>
public partial class ValidationHtmlTests
{
    private static JsonObject Result(string regex) => JsonNode.Parse($$$"""
        {"success":false,"statistics":{"evaluated_expectations":1,"successful_expectations":0},
         "pantrypilot":{"run_id":"r1","table":"inventory","suite":"inventory","policy":"quarantine","rows":3,"rows_valid":1,"rows_quarantined":2},
         "results":[{"success":false,
           "expectation_config":{"expectation_type":"expect_column_values_to_match_regex","kwargs":{"column":"unit","regex":{{{System.Text.Json.JsonSerializer.Serialize(regex)}}},"mostly":0.99}},
           "result":{"unexpected_count":2,"unexpected_percent":66.67,"partial_unexpected_list":[{"value":"bushel","source_row":4},{"value":"pinch","source_row":9}]}}]}
        """)!.AsObject();

    [Fact]
    public void Render_HeadersNeverBreakInsideAWord()
    {
        Assert.Matches(@"(^|\})th\{[^}]*white-space:nowrap", ValidationHtml.Style.Replace("\n", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"(^|\})th,td\{[^}]*overflow-wrap:anywhere", ValidationHtml.Style.Replace("\n", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SampleValuesColumnHasTheWidestShare()
    {
        var html = ValidationHtml.Render([Result("^[a-z]+$")], []);

        var widths = ColumnWidth().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(6, widths.Count);
        Assert.Equal(100, widths.Sum());
        Assert.Equal(widths.Max(), widths[^1]);
        Assert.Contains("<li><code>bushel</code> <span class=\"muted\">(row 4)</span></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongArgument_IsFoldedBehindItsStart()
    {
        var regex = "(?i)^" + string.Concat(Enumerable.Repeat(@"k\.*g\.*|", 60)) + "g$";

        var html = ValidationHtml.Render([Result(regex)], []);

        Assert.Contains($"<details><summary><code>{System.Net.WebUtility.HtmlEncode(regex[..80])}…</code> <span class=\"muted\">({regex.Length} characters)</span></summary>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<col style=\"width:(\\d+)%\">")]
    private static partial Regex ColumnWidth();
}
