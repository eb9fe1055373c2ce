using System.Text.Json;
using Microsoft.Data.Sqlite;
using PantryPilot.Activities.Households;
using PantryPilot.Cli.Tests.Support;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Serving;
using PantryPilot.Domain.Approval;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Cli.Tests.Retraining;

/// <summary>`pantrypilot retrain run --await-token` as a user runs it (a real process, the embedded store, the trainer
/// stand-in, a named test double, and the real tiny model): the round waits for a signed token on stdin; a forged
/// one is reported and not counted, a valid one for ana promotes, and the served-model check finds the promoted
/// adapter loaded. Expected lines and files are written by hand from docs/feedback-loop.md.</summary>
public sealed class RetrainAwaitTokenTests : IAsyncLifetime
{
    private const string Household = "H-token";
    private const string Key = "await-token-test-signing-key-0123456789-abcdef";
    private const string RunId = "recipe-model-feedback-0001";
    private const string Entry = "recipe-model-feedback-0001/iter-0000200";

    private readonly string folder = CliRunner.TempDir();

    private static string StandIn => Path.Combine(AppContext.BaseDirectory, "PantryPilot.TrainerStandIn.dll");

    public async Task InitializeAsync()
    {
        var prompt = RecipePromptText.Build([new("tofu", 400, "g"), new("rice", 2, "kg")], ["vegetarian"], null, "dinner");
        ServedAnswer Served(string title) => new(
            ServingOutcome.Recipe, new ServedRecipe(title, "Any", 20, [new("tofu", 200, "g"), new("rice", 100, "g")], [], ["Cook."]), [],
            "tiny-gpt2", "base", prompt, [], 0, 1, 5);
        await using var database = new SqliteHouseholdDatabase(Path.Combine(folder, "households.db"));
        await database.MigrateAsync(default);
        var store = new HouseholdStore(database);
        foreach (var i in Enumerable.Range(1, 4))
        {
            var answer = new RecipeAnswer($"r-{i}", RecipeAnswerKind.Compare, [new("a", Served($"Tofu bowl {i}")), new("b", Served($"Tofu rice {i}"))],
                ["vegetarian"], 1, [], new DateTime(2026, 12, 7, 12, i, 0, DateTimeKind.Utc));
            await store.RecordRecipeAsync(new RecordRecipeInput(Household, $"h-r{i}", answer), default);
            await store.RecordFeedbackAsync(new RecordFeedbackInput(Household, $"h-f{i}", new FeedbackRequest($"f-{i}", $"r-{i}", FeedbackVerdict.Prefer, "a")), default);
        }
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AwaitToken_ForgedThenValid_ForgedReported_ValidPromotes_Served()
    {
        var forged = ApprovalTokenCodec.Mint(new ApprovalKeys("not-this-deployments-key-0123456789-abcdefg"), Token());
        var valid = ApprovalLink.Build("https://pantrypilot.example.com", ApprovalTokenCodec.Mint(new ApprovalKeys(Key), Token()));
        var dataDir = Path.Combine(folder, "recipe-model");

        var run = await CliRunner.RunWithInputAsync(
            ["retrain", "run", "--data-dir", dataDir, "--store-dir", folder, "--new-pairs", "4", "--iterations", "200", "--eval-samples", "3", "--await-token"],
            $"{forged}\n{valid}\n",
            environment: Environment(dataDir));

        var output = string.Join(' ', run.All.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("approval token not counted (Forged)", output, StringComparison.Ordinal);
        Assert.Contains($"Round 1 ({RunId}): Promoted: {Entry} promoted (approved by ana) and served by", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, run.All, StringComparison.Ordinal);
        using var registry = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dataDir, "models", "registry.json")));
        Assert.Equal(Entry, registry.RootElement.GetProperty("promoted").GetString());
        var outbox = await File.ReadAllLinesAsync(Path.Combine(folder, "notifications", "outbox.jsonl"));
        Assert.Single(outbox, line => line.Contains($"approval-requested:{RunId}:{Entry}", StringComparison.Ordinal));
    }

    private static ApprovalToken Token() => new(RunId, Entry, true, "ana", DateTimeOffset.UtcNow.AddDays(1), ApprovalTokenCodec.NewNonce());

    private Dictionary<string, string?> Environment(string dataDir)
    {
        var trainer = $"dotnet \"{StandIn}\" --model {{model}} --train --data {{data}} --adapter-path {{adapter_path}} --iters {{iters}} "
            + "--batch-size {batch_size} --max-seq-length {max_seq_length} --save-every {save_every} --steps-per-report {steps_per_report} "
            + "--steps-per-eval {steps_per_eval} {resume}";
        var environment = new Dictionary<string, string?>
        {
            ["Inference__RegistryPath"] = Path.Combine(dataDir, "models", "registry.json"),
            ["Training__BaseModel"] = "stand-in-base",
            ["Training__WorkDir"] = Path.Combine(folder, "work"),
            ["Training__Command"] = trainer,
            ["Training__PreferenceCommand"] = trainer,
            ["Training__ConvertCommand"] = $"dotnet \"{StandIn}\" --convert-empty {{output}} --from {{input}}",
            ["Notifications__Directory"] = Path.Combine(folder, "notifications"),
            ["Approval__SigningKey"] = Key,
            ["Approval__Approvers"] = "ana",
            ["Approval__LinkBaseUrl"] = "https://pantrypilot.example.com",
        };
        foreach (var floor in new[] { "ParseRate", "RawCompliance", "ServedCompliance", "Samples" })
        {
            environment[$"Promotion__Floors__{floor}"] = "0";
        }

        return environment;
    }
}
