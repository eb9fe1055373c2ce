using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Activities.Approval;
using PantryPilot.Activities.Households;
using PantryPilot.Activities.Retraining;
using PantryPilot.Activities.Tests.Notifications;
using PantryPilot.Cli.Commands;
using PantryPilot.Cli.Households;
using PantryPilot.Cli.Retraining;
using PantryPilot.Cli.Tests.Support;
using PantryPilot.Client;
using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Contracts.Serving;
using PantryPilot.Domain.Recipes;
using PantryPilot.Workflows.RecipeModel;

namespace PantryPilot.Cli.Tests.Retraining;

/// <summary>The loop's bad input, in process on a real embedded store and real files: feedback for a recipe never
/// served, an approval link used after it expired (the clock moved, not slept), a round whose every feedback row is
/// filtered out. Expected outcomes are written by hand from docs/feedback-loop.md.</summary>
public sealed class LoopBadInputTests : IAsyncLifetime
{
    private const string Household = "H-bad";
    private const string RunId = "recipe-model-feedback-0001";
    private const string Entry = "recipe-model-feedback-0001/iter-0000200";

    private readonly string folder = CliRunner.TempDir();

    private IConfiguration Configuration { get; } = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Approval:SigningKey"] = "bad-input-test-signing-key-0123456789-abcdefgh",
        ["Approval:Approvers"] = "ana",
        ["Approval:LinkBaseUrl"] = "https://pantrypilot.example.com",
    }).Build();

    public async Task InitializeAsync()
    {
        await using var calls = await InProcessHouseholdCalls.OpenAsync(Configuration, folder, default);
        await calls.SetProfileAsync(Household, new SetProfileRequest("p-1", HouseholdProfile.Empty with { Diets = ["vegetarian"] }));
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Feedback_ForARecipeNeverServed_RefusedNamingIt_NothingStoredNothingCounted()
    {
        await using (var calls = await InProcessHouseholdCalls.OpenAsync(Configuration, folder, default))
        {
            var refused = await Assert.ThrowsAsync<HouseholdException>(() =>
                calls.FeedbackAsync(Household, new FeedbackRequest("f-1", "r-never", FeedbackVerdict.Like)));
            Assert.Equal(HouseholdErrors.UnknownRecipe, refused.ErrorType);
            Assert.Contains("r-never", refused.Detail, StringComparison.Ordinal);
        }

        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM recipe_feedback"));
        await using var services = RetrainCommands.Services(Configuration, folder, null);
        await using var scope = services.CreateAsyncScope();
        var check = await scope.ServiceProvider.GetRequiredService<RetrainingActivities>()
            .CheckAsync(new CheckFeedbackInput(new RetrainingThresholds(NewPairs: 1, DislikeStreak: 1), Path.Combine(folder, "recipe-model")));
        Assert.Equal((0, false), (check.NewFeedback, check.Triggered));
    }

    [Fact]
    public async Task ApprovalLink_UsedAfterItExpired_NotCounted_NothingDecided()
    {
        var clock = new ShiftedClock();
        var options = Microsoft.Extensions.Options.Options.Create(Configuration.GetSection(ApprovalOptions.Section).Get<ApprovalOptions>()!);
        var verifier = new ApprovalActivities(options, clock, NullLogger<ApprovalActivities>.Instance);
        var links = new ApprovalLinks(options, clock);
        var sent = new List<NotificationEvent>();
        string? link = null;
        var gate = new TokenApprovalGate(
            RunId,
            verifier,
            notice =>
            {
                sent.Add(notice);
                var request = (ApprovalRequestedEvent)notice;
                link = links.For(request.WorkflowId, request.EntryId, request.Deadline).First(l => l.Label == "Approve as ana").Url;
            },
            _ =>
            {
                // The person opens the link a minute after the one-hour wait ended.
                clock.Offset = TimeSpan.FromMinutes(61);
                return Task.FromResult(link);
            },
            _ => { },
            clock);

        var decision = await gate.WaitAsync(
            new PendingApproval(Entry, "iter-0000200", 0.5, null, "report.html", default, default, 0),
            new ApprovalSettings(true, Timeout: TimeSpan.FromHours(1), RequireToken: true));

        Assert.Null(decision);
        Assert.Equal($"approval-requested:{RunId}:{Entry}", Assert.Single(sent).EventId);
        var verdict = Assert.Single(gate.Verdicts);
        Assert.Equal((ApprovalOutcome.Expired, null), (verdict.Outcome, verdict.Approve));
    }

    [Fact]
    public async Task Round_EveryFeedbackRowFilteredOut_NothingToTrain_Exit4_EveryRowKeptWithItsReason()
    {
        // A vegetarian household chose the answer with chicken stock twice: the dietary guard removes both pairs.
        var prompt = RecipePromptText.Build([new("rice", 2, "kg"), new("chicken stock", 1, "l")], ["vegetarian"], null, "dinner");
        ServedAnswer Served(string title, string stock) => new(
            ServingOutcome.Recipe, new ServedRecipe(title, "Any", 20, [new("rice", 100, "g"), new(stock, 200, "ml")], [], ["Simmer."]), [],
            "tiny-gpt2", "base", prompt, [], 0, 1, 5);
        await using (var database = new SqliteHouseholdDatabase(Path.Combine(folder, "households.db")))
        {
            var store = new HouseholdStore(database);
            foreach (var request in new[] { "r-1", "r-2" })
            {
                var answer = new RecipeAnswer(request, RecipeAnswerKind.Compare,
                    [new("a", Served("Risotto", "chicken stock")), new("b", Served("Rice soup", "vegetable stock"))],
                    ["vegetarian"], 1, [], new DateTime(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc));
                await store.RecordRecipeAsync(new RecordRecipeInput(Household, $"h-{request}", answer), default);
            }
        }

        await using (var calls = await InProcessHouseholdCalls.OpenAsync(Configuration, folder, default))
        {
            await calls.FeedbackAsync(Household, new FeedbackRequest("f-1", "r-1", FeedbackVerdict.Prefer, "a"));
            await calls.FeedbackAsync(Household, new FeedbackRequest("f-2", "r-2", FeedbackVerdict.Prefer, "a"));
        }

        var dataDir = Path.Combine(folder, "recipe-model");
        int exit;
        await using (var services = RetrainCommands.Services(Configuration, folder, null))
        {
            exit = await RetrainCommands.RunRoundAsync(
                services,
                new RetrainingSettings(dataDir, new RetrainingThresholds(NewPairs: 2, DislikeStreak: 0), MinSamples: 1),
                (_, _) => new PresetApprovalGate(new PromotionDecision(true, "ana")),
                default);
        }

        Assert.Equal(ExitCodes.Stopped, exit);
        var removed = File.ReadAllLines(Path.Combine(dataDir, "feedback-0001", "removed.jsonl"));
        Assert.Equal(2, removed.Length);
        Assert.All(removed, line => Assert.Contains("chosen-forbidden", line, StringComparison.Ordinal));
        Assert.All(removed, line => Assert.Contains("chicken stock", line, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(dataDir, "models")));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "households.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
