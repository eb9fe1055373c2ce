using System.Net;

namespace PantryPilot.Cli.Approvals;

/// <summary>The plain HTML pages of the approval endpoint. Every value is HTML-encoded; the token appears only in the
/// confirmation form's hidden field (it came in the link, and the POST must carry it).</summary>
public static class ApprovalPage
{
    public static string Confirm(string verb, string entryId, string workflowId, string approver, string token) =>
        Page(
            $"{Cap(verb)} {entryId}?",
            $"<p>{E(approver)}: {E(verb)} the promotion of <b>{E(entryId)}</b> (run {E(workflowId)}).</p>"
            + "<form method=\"post\" action=\"approve\">"
            + $"<input type=\"hidden\" name=\"token\" value=\"{E(token)}\">"
            + $"<button type=\"submit\">{E(Cap(verb))} as {E(approver)}</button></form>"
            + "<p>Nothing is decided until you press the button: a link preview or a mail scanner that opens this page "
            + "decides nothing.</p>");

    public static string Outcome(string title, string text) => Page(title, $"<p>{E(text)}</p>");

    private static string Page(string title, string body) =>
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + E(title) + "</title></head><body><h1>"
        + E(title) + "</h1>" + body + "</body></html>";

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
