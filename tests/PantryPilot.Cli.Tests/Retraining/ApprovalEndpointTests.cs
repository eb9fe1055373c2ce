using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Activities.Approval;
using PantryPilot.Activities.Tests.Notifications;
using PantryPilot.Cli.Approvals;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Approval;

namespace PantryPilot.Cli.Tests.Retraining;

/// <summary>The approval endpoint over real HTTP on loopback, with the real verify-approval and real tokens. What
/// it sends on is recorded by <see cref="RecordedDecisions"/>, a TEST DOUBLE of the Temporal update (no server runs
/// here; the update handler's own check is replayed in TokenApprovalReplayTests).</summary>
public sealed class ApprovalEndpointTests : IAsyncLifetime
{
    private const string RunId = "recipe-model-feedback-0003";
    private const string Entry = "recipe-model-feedback-0003/iter-0000400";
    private static readonly ApprovalKeys Keys = new("endpoint-test-signing-key-0123456789-abcdefgh", []);

    private readonly ShiftedClock clock = new();
    private readonly RecordedDecisions decisions = new();
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private ApprovalEndpoint endpoint = null!;

    public Task InitializeAsync()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new ApprovalOptions { SigningKey = Keys.Current, Approvers = "ana,ben" });
        var verifier = new ApprovalActivities(options, clock, NullLogger<ApprovalActivities>.Instance);
        endpoint = new ApprovalEndpoint($"http://127.0.0.1:{WebhookListener.FreePort()}/", verifier, decisions, _ => { });
        endpoint.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await endpoint.DisposeAsync();
    }

    [Fact]
    public async Task Link_OpenedThenConfirmed_SendsTheTokensDecisionOnce()
    {
        var token = Mint("ana", approve: true);

        var opened = await http.GetAsync(ApprovalLink.Build(endpoint.Prefix, token));
        var page = await opened.Content.ReadAsStringAsync();
        var sentAfterOpening = decisions.Sent.Count;
        var confirmed = await http.PostAsync(endpoint.Prefix + "approve", new FormUrlEncodedContent([new("token", token)]));
        var outcome = await confirmed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("Approve as ana</button>", page, StringComparison.Ordinal);
        Assert.Equal(0, sentAfterOpening);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var (workflowId, decision) = Assert.Single(decisions.Sent);
        Assert.Equal((RunId, true, "ana", token), (workflowId, decision.Approve, decision.By, decision.Token));
        Assert.Contains($"approved by ana: {Entry}", outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseLink_Confirmed_SendsARefusalInTheTokensName()
    {
        var token = Mint("ben", approve: false);

        var confirmed = await http.PostAsync(endpoint.Prefix + "approve", new FormUrlEncodedContent([new("token", token)]));

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var (_, decision) = Assert.Single(decisions.Sent);
        Assert.Equal((false, "ben"), (decision.Approve, decision.By));
    }

    [Fact]
    public async Task ForgedExpiredOrUnlisted_Forbidden_NothingSent()
    {
        var forged = ApprovalTokenCodec.Mint(new ApprovalKeys("someone-elses-key-0123456789-abcdefghijklmn", []), Token("ana", true));
        var unlisted = Mint("mallory", approve: true);
        var expired = Mint("ana", approve: true);

        var forgedAnswer = await http.PostAsync(endpoint.Prefix + "approve", new FormUrlEncodedContent([new("token", forged)]));
        var unlistedAnswer = await http.GetAsync(ApprovalLink.Build(endpoint.Prefix, unlisted));
        clock.Offset = TimeSpan.FromHours(73);
        var expiredAnswer = await http.PostAsync(endpoint.Prefix + "approve", new FormUrlEncodedContent([new("token", expired)]));

        Assert.Equal(HttpStatusCode.Forbidden, forgedAnswer.StatusCode);
        Assert.Contains("Not accepted: Forged", await forgedAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, unlistedAnswer.StatusCode);
        Assert.Contains("Not accepted: NotAnApprover", await unlistedAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, expiredAnswer.StatusCode);
        Assert.Contains("Not accepted: Expired", await expiredAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(decisions.Sent);
    }

    [Fact]
    public async Task NoTokenOrOtherPath_ClearAnswer_NothingSent()
    {
        var none = await http.GetAsync(endpoint.Prefix + "approve");
        var other = await http.GetAsync(endpoint.Prefix + "admin");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound), (none.StatusCode, other.StatusCode));
        Assert.Empty(decisions.Sent);
    }

    [Fact]
    public async Task TheRunRejectsTheDecision_ConflictWithItsReason()
    {
        decisions.Refusal = $"the promotion of {Entry} was already approved by ben";

        var confirmed = await http.PostAsync(endpoint.Prefix + "approve", new FormUrlEncodedContent([new("token", Mint("ana", approve: true))]));

        Assert.Equal(HttpStatusCode.Conflict, confirmed.StatusCode);
        Assert.Contains("was already approved by ben", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private string Mint(string approver, bool approve) => ApprovalTokenCodec.Mint(Keys, Token(approver, approve));

    private ApprovalToken Token(string approver, bool approve) =>
        new(RunId, Entry, approve, approver, clock.GetUtcNow().AddHours(72), ApprovalTokenCodec.NewNonce());

    /// <summary>TEST DOUBLE of the decide-promotion update: records what would be sent; answers as the workflow
    /// does, or refuses with <see cref="Refusal"/>.</summary>
    private sealed class RecordedDecisions : IPromotionDecisions
    {
        public List<(string WorkflowId, PromotionDecision Decision)> Sent { get; } = [];

        public string? Refusal { get; set; }

        public Task<string> DecideAsync(string workflowId, PromotionDecision decision, CancellationToken cancellationToken)
        {
            if (Refusal is not null)
            {
                throw new PromotionDecisionRefusedException(Refusal);
            }

            lock (Sent)
            {
                Sent.Add((workflowId, decision));
            }

            return Task.FromResult($"{(decision.Approve == true ? "approved" : "refused")} by {decision.By}: {Entry}");
        }
    }
}
