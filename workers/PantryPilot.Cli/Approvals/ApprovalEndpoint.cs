using System.Net;
using System.Text;
using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Approval;

namespace PantryPilot.Cli.Approvals;

/// <summary>The endpoint behind the chat button's link (<c>GET /approve?token=...</c>). GET verifies the token with
/// verify-approval (the same check the run's update handler makes) and shows a confirmation page; only the POST of
/// that page sends the decide-promotion update with the token, and answers with the outcome. The token's run,
/// candidate, decision and approver are the ones verified; nothing in the request can change them. Tokens are never
/// logged.</summary>
public sealed class ApprovalEndpoint : IAsyncDisposable
{
    private const int MaxFormBytes = 8192;

    private readonly HttpListener listener = new();
    private readonly IApprovalActivities verifier;
    private readonly IPromotionDecisions decisions;
    private readonly Action<string> log;
    private readonly CancellationTokenSource stop = new();
    private Task? loop;

    public ApprovalEndpoint(
        string prefix, IApprovalActivities verifier, IPromotionDecisions decisions, Action<string> log)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        this.verifier = verifier;
        this.decisions = decisions;
        this.log = log;
        listener.Prefixes.Add(prefix.EndsWith('/') ? prefix : prefix + "/");
        Prefix = listener.Prefixes.Single();
    }

    public string Prefix { get; }

    public void Start()
    {
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        if (loop is not null)
        {
            await loop;
        }

        listener.Close();
        stop.Dispose();
    }

    /// <summary>One request: (status, HTML page).</summary>
    public async Task<(int Status, string Html)> HandleAsync(string method, string path, string? query, string? form)
    {
        if (!string.Equals(path.TrimEnd('/'), "/" + ApprovalLink.Path, StringComparison.Ordinal))
        {
            return (404, ApprovalPage.Outcome("Not found", "The approval endpoint answers /approve only."));
        }

        var isPost = string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase);
        if (!isPost && !string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return (405, ApprovalPage.Outcome("Not allowed", "Open the link (GET), then confirm (POST)."));
        }

        var token = Parameter(isPost ? form : query, ApprovalLink.TokenParameter);
        if (ApprovalTokenCodec.PeekUnverified(token) is not { } claimed)
        {
            return (400, ApprovalPage.Outcome("Not an approval link", "The link carries no readable approval token."));
        }

        var verdict = await verifier.VerifyAsync(new VerifyApprovalInput(token!, claimed.WorkflowId, claimed.EntryId));
        log($"approval link for {claimed.WorkflowId} / {claimed.EntryId} ({method}): {verdict.Outcome}");
        if (!verdict.IsValid)
        {
            return (403, ApprovalPage.Outcome($"Not accepted: {verdict.Outcome}", verdict.Message));
        }

        var verb = verdict.Approve == true ? "approve" : "refuse";
        if (!isPost)
        {
            return (200, ApprovalPage.Confirm(verb, claimed.EntryId, claimed.WorkflowId, verdict.Approver!, token!));
        }

        try
        {
            var decision = new PromotionDecision(verdict.Approve, verdict.Approver!, "approval link", token);
            var answer = await decisions.DecideAsync(claimed.WorkflowId, decision, stop.Token);
            log($"decide-promotion {claimed.WorkflowId}: {answer}");
            return (200, ApprovalPage.Outcome("Decision recorded", answer));
        }
        catch (PromotionDecisionRefusedException e)
        {
            log($"decide-promotion {claimed.WorkflowId} not taken: {e.Message}");
            return (409, ApprovalPage.Outcome("Not taken", e.Message));
        }
    }

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            var request = context.Request;
            string? form = null;
            if (request.HasEntityBody)
            {
                var buffer = new byte[MaxFormBytes];
                var read = 0;
                int n;
                while (read < buffer.Length && (n = await request.InputStream.ReadAsync(buffer.AsMemory(read))) > 0)
                {
                    read += n;
                }

                form = Encoding.UTF8.GetString(buffer, 0, read);
            }

            var url = request.Url!;
            var (status, html) = await HandleAsync(request.HttpMethod, url.AbsolutePath, url.Query, form);
            var bytes = Encoding.UTF8.GetBytes(html);
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers["Cache-Control"] = "no-store";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client went away: nothing to answer.
        }
    }

    /// <summary>A parameter of a query string ("?a=b&amp;c=d") or a form body ("a=b&amp;c=d").</summary>
    private static string? Parameter(string? text, string name)
    {
        foreach (var pair in (text ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at > 0 && pair[..at] == name)
            {
                return WebUtility.UrlDecode(pair[(at + 1)..]);
            }
        }

        return null;
    }
}
