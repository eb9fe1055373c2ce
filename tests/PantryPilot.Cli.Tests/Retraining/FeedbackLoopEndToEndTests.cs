using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Households;
using PantryPilot.Activities.Tests.Notifications;
using PantryPilot.Cli.Commands;
using PantryPilot.Cli.Households;
using PantryPilot.Cli.Retraining;
using PantryPilot.Cli.Tests.Support;
using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Contracts.Serving;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Cli.Tests.Retraining;

/// <summary>The whole loop in one process, no Temporal server: household feedback through the household's in-process
/// handlers on the embedded store → the threshold → the dataset → training (the trainer stand-in, a named test double,
/// whose converter writes a real, empty ONNX Runtime adapter) → evaluation on the real tiny model → the
/// approval-requested notice delivered to a loopback webhook (a named test double) → approval with the signed link it
/// carries → promotion → the next household request, served through the registry by the promoted adapter. The oracle
/// is what the household store recorded for each request, read here with SQL: the adapter of the request after the
/// round is the promoted entry's (the registry file, read here) and not the one that answered before.</summary>
public sealed class FeedbackLoopEndToEndTests : IAsyncLifetime
{
    private const string Household = "H-loop";
    private const string SigningKey = "loop-test-signing-key-0123456789-abcdefghijklmnop";
    private static readonly string[] PairRequests = ["r-1", "r-2", "r-3", "r-4"];

    private readonly string folder = CliRunner.TempDir();
    private readonly WebhookListener hook = new(_ => WebhookListener.Ok(), "/hooks/loop");

    private static string StandIn => Path.Combine(AppContext.BaseDirectory, "PantryPilot.TrainerStandIn.dll");

    private string DataDir => Path.Combine(folder, "recipe-model");

    private string RegistryPath => Path.Combine(DataDir, "models", "registry.json");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await hook.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Loop_FeedbackToApprovedPromotion_TheNextHouseholdRequestIsServedByThePromotedAdapter()
    {
        var configuration = Configuration();
        await using (var calls = await InProcessHouseholdCalls.OpenAsync(configuration, folder, default))
        {
            await calls.SetProfileAsync(Household, new SetProfileRequest("p-1", HouseholdProfile.Empty with { Diets = ["vegetarian"] }));
            await calls.RecordPurchaseAsync(Household, new RecordPurchaseRequest("b-1", [new("tofu", 400, "g"), new("rice", 2, "kg")]));
            await calls.RequestRecipeAsync(Household, new RequestRecipeRequest("before", MaxTokens: 8));
        }

        await RecordServedPairsAsync();
        await using (var calls = await InProcessHouseholdCalls.OpenAsync(configuration, folder, default))
        {
            foreach (var request in PairRequests)
            {
                await calls.FeedbackAsync(Household, new FeedbackRequest($"f-{request}", request, FeedbackVerdict.Prefer, "a", "quicker"));
            }
        }

        int exit;
        TokenApprovalGate? gate = null;
        await using (var services = RetrainCommands.Services(configuration, folder, configuration))
        {
            exit = await RetrainCommands.RunRoundAsync(
                services,
                Settings(),
                (runId, notify) => gate = new TokenApprovalGate(runId, services.GetRequiredService<IApprovalActivities>(), notify, ApproveLinkAsync, _ => { }),
                default);
        }

        await using (var calls = await InProcessHouseholdCalls.OpenAsync(configuration, folder, default))
        {
            await calls.RequestRecipeAsync(Household, new RequestRecipeRequest("after", MaxTokens: 8));
            await calls.RequestRecipeAsync(Household, new RequestRecipeRequest("after-ab", Compare: true, MaxTokens: 8));
        }

        Assert.Equal(ExitCodes.Ok, exit);
        var verdict = Assert.Single(gate!.Verdicts);
        Assert.Equal((ApprovalOutcome.Valid, true, "ana"), (verdict.Outcome, verdict.Approve, verdict.Approver));
        using var registry = JsonDocument.Parse(await File.ReadAllTextAsync(RegistryPath));
        var promoted = registry.RootElement.GetProperty("promoted").GetString()!;
        var entry = registry.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetString() == promoted);
        Assert.StartsWith("recipe-model-feedback-0001/iter-", promoted, StringComparison.Ordinal);
        Assert.Equal("ana", entry.GetProperty("approvedBy").GetString());
        Assert.EndsWith(".onnx_adapter", entry.GetProperty("adapterPath").GetString(), StringComparison.Ordinal);

        var servedBefore = await AdaptersOfAsync("before");
        var servedAfter = await AdaptersOfAsync("after");
        Assert.Equal(["base"], servedBefore);
        Assert.Equal([$"promoted:{promoted}"], servedAfter.Distinct());
        Assert.NotEqual(servedBefore, servedAfter);

        // Compare mode after the promotion: the promoted adapter (a) beside the base model (b), as the next A/B pair.
        Assert.Equal([$"promoted:{promoted}", "base"], await AdaptersOfAsync("after-ab"));

        // The approval request reached the webhook once (its event id is the idempotency key), with the links.
        var approvalKey = $"approval-requested:recipe-model-feedback-0001:{promoted}";
        Assert.Equal(1, hook.Accepted.GetValueOrDefault(approvalKey));
        Assert.Equal(1, hook.Accepted.GetValueOrDefault($"promotion-done:{promoted}"));
        Assert.DoesNotContain(hook.Accepted.Keys, k => k.StartsWith("promotion-rolled-back", StringComparison.Ordinal));
    }

    /// <summary>The "Approve as ana" button of the approval notice, once the webhook has it: what a person clicks.</summary>
    private async Task<string?> ApproveLinkAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var request in hook.Received)
            {
                using var body = JsonDocument.Parse(request.Body);
                var buttons = body.RootElement.GetProperty("blocks").EnumerateArray()
                    .Where(b => b.GetProperty("type").GetString() == "actions")
                    .SelectMany(b => b.GetProperty("elements").EnumerateArray());
                foreach (var button in buttons)
                {
                    if (button.GetProperty("text").GetProperty("text").GetString() == "Approve as ana")
                    {
                        return button.GetProperty("url").GetString();
                    }
                }
            }

            await Task.Delay(100, stop);
        }

        return null;
    }

    /// <summary>The adapters the household store recorded for one request (one per option), read with SQL.</summary>
    private async Task<List<string>> AdaptersOfAsync(string requestId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "households.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT adapter FROM household_recipes WHERE household_id = $h AND request_id = $r ORDER BY option_label";
        command.Parameters.AddWithValue("$h", Household);
        command.Parameters.AddWithValue("$r", requestId);
        var adapters = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            adapters.Add(reader.GetString(0));
        }

        return adapters;
    }

    /// <summary>What the base model served before, as A/B pairs: the tiny model writes noise, never a recipe, so the
    /// recipes a household chose between are written here as the household store records a served answer.</summary>
    private async Task RecordServedPairsAsync()
    {
        var prompt = RecipePromptText.Build([new("tofu", 400, "g"), new("rice", 2, "kg")], ["vegetarian"], null, "dinner");
        ServedAnswer Served(string title) => new(
            ServingOutcome.Recipe, new ServedRecipe(title, "Any", 20, [new("tofu", 200, "g"), new("rice", 100, "g")], [], ["Cook."]), [],
            "tiny-gpt2", "base", prompt, [], 0, 1, 5);
        await using var database = new SqliteHouseholdDatabase(Path.Combine(folder, "households.db"));
        var store = new HouseholdStore(database);
        var at = new DateTime(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);
        foreach (var (request, i) in PairRequests.Select((r, i) => (r, i)))
        {
            var answer = new RecipeAnswer(request, RecipeAnswerKind.Compare, [new("a", Served($"Tofu bowl {i}")), new("b", Served($"Tofu rice {i}"))],
                ["vegetarian"], 1, [], at.AddMinutes(i));
            await store.RecordRecipeAsync(new RecordRecipeInput(Household, $"h-{request}", answer), default);
        }
    }

    private RetrainingSettings Settings() => new(
        DataDir,
        new RetrainingThresholds(NewPairs: PairRequests.Length, ApprovalRateBelow: 0, MinRatings: 20, DislikeStreak: 0),
        MinSamples: 2,
        Iterations: 200,
        EvaluationSamples: 3,
        EvaluationMaxTokens: 8,
        Approval: new ApprovalSettings(true, Timeout: TimeSpan.FromMinutes(5)));

    private IConfiguration Configuration()
    {
        var trainer = $"dotnet \"{StandIn}\" --model {{model}} --train --data {{data}} --adapter-path {{adapter_path}} --iters {{iters}} "
            + "--batch-size {batch_size} --max-seq-length {max_seq_length} --save-every {save_every} --steps-per-report {steps_per_report} "
            + "--steps-per-eval {steps_per_eval} {resume}";
        var settings = new Dictionary<string, string?>
        {
            ["Inference:RegistryPath"] = RegistryPath,
            ["Training:BaseModel"] = "stand-in-base",
            ["Training:WorkDir"] = Path.Combine(folder, "work"),
            ["Training:Command"] = trainer,
            ["Training:PreferenceCommand"] = trainer,
            ["Training:ConvertCommand"] = $"dotnet \"{StandIn}\" --convert-empty {{output}} --from {{input}}",
            ["Notifications:Directory"] = Path.Combine(folder, "notifications"),
            ["Notifications:Channels:chat:Type"] = "slack",
            ["Notifications:Channels:chat:Url"] = hook.Url,
            ["Approval:SigningKey"] = SigningKey,
            ["Approval:Approvers"] = "ana",
            ["Approval:LinkBaseUrl"] = "http://127.0.0.1:9/",
        };

        // The tiny model answers noise: with the default floors the gate refuses everything (tested elsewhere); here
        // the floors are off so the loop itself is what is checked.
        foreach (var floor in new[] { "ParseRate", "RawCompliance", "ServedCompliance", "Samples" })
        {
            settings[$"Promotion:Floors:{floor}"] = "0";
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
