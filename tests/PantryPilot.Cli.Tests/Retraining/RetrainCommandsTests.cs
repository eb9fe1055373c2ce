using PantryPilot.Activities.Households;
using PantryPilot.Cli.Tests.Support;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Serving;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Cli.Tests.Retraining;

/// <summary>`pantrypilot retrain` in a real process on a real embedded store (households.db) and real files, no
/// Temporal server: the feedback is written by the household store as the household update writes it; expected counts
/// are worked out by hand from what is written here.</summary>
public sealed class RetrainCommandsTests : IAsyncLifetime
{
    private const string Household = "H-cli";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "loop-retrain-cli-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task InitializeAsync()
    {
        var prompt = RecipePromptText.Build([new("tofu", 400, "g"), new("rice", 2, "kg")], ["vegetarian"], null, "dinner");
        ServedAnswer Served(string title, string adapter) => new(
            ServingOutcome.Recipe, new ServedRecipe(title, "Any", 20, [new("tofu", 200, "g"), new("rice", 100, "g")], [], ["Cook."]), [],
            "tiny-gpt2", adapter, prompt, [], 0, 1, 5);
        await using var database = new SqliteHouseholdDatabase(Path.Combine(folder, "households.db"));
        await database.MigrateAsync(default);
        var store = new HouseholdStore(database);
        var answer = new RecipeAnswer("r-1", RecipeAnswerKind.Compare, [new("a", Served("Tofu bowl", "base")), new("b", Served("Tofu rice", "base"))],
            ["vegetarian"], 1, [], new DateTime(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc));
        await store.RecordRecipeAsync(new RecordRecipeInput(Household, "h-r1", answer), default);
        await store.RecordFeedbackAsync(new RecordFeedbackInput(Household, "h-f1", new FeedbackRequest("f-1", "r-1", FeedbackVerdict.Prefer, "a")), default);
        await store.RecordFeedbackAsync(new RecordFeedbackInput(Household, "h-f2", new FeedbackRequest("f-2", "r-1", FeedbackVerdict.Dislike, "b", "bland")), default);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Check_OnePairAtThresholdOne_SaysDue_AndChangesNothing()
    {
        var first = await RetrainAsync("check", "--new-pairs", "1");
        var again = await RetrainAsync("check", "--new-pairs", "1");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Feedback since the last round: 2 (1 A/B choices, 0 likes, 1 dislikes); served adapter base: 1 ratings, approval 0.0%", first.Output, StringComparison.Ordinal);
        Assert.Contains("Retraining due (next round 1): 1 new preference pairs (threshold 1)", first.Output, StringComparison.Ordinal);
        Assert.Equal(first.Output, again.Output);
        Assert.False(Directory.Exists(Path.Combine(folder, "recipe-model", "feedback-0001")));
    }

    [Fact]
    public async Task Run_TooFewPairs_NothingToTrain_Exit4_RowsSeenOnce()
    {
        var run = await RetrainAsync("run", "--new-pairs", "1", "--min-samples", "2", "--approve-as", "ana");
        var after = await RetrainAsync("check", "--new-pairs", "1");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("Round 1 (recipe-model-feedback-0001): NothingToTrain: nothing to train on: too few samples to train on: 1 preference pairs and 0 liked recipes kept of 2 feedback rows", run.Output, StringComparison.Ordinal);
        Assert.Contains("Notices: training-failed:recipe-model-feedback-0001:build-dataset", run.Output, StringComparison.Ordinal);
        var pairs = Path.Combine(folder, "recipe-model", "feedback-0001", "preference");
        var pair = Assert.Single(new[] { "train.jsonl", "valid.jsonl" }
            .Select(f => Path.Combine(pairs, f)).Where(File.Exists).SelectMany(File.ReadAllLines));
        Assert.StartsWith("{\"system\":", pair, StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("Feedback since the last round: 0", after.Output, StringComparison.Ordinal);
        Assert.Contains("No threshold reached (next round would be 2).", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoApproverAndNoTerminal_RefusedBeforeAnyWork_Exit2()
    {
        var run = await CliRunner.RunWithInputAsync(["retrain", "run", "--data-dir", Path.Combine(folder, "recipe-model"), "--store-dir", folder, "--new-pairs", "1"], string.Empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a round's promotion needs a person", run.All, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "recipe-model", "feedback-0001")));
    }

    [Fact]
    public async Task Check_EveryRuleOff_Exit2NamingIt()
    {
        var run = await RetrainAsync("check", "--new-pairs", "0", "--approval-below", "0", "--dislike-streak", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("every rule is off: nothing could ever start a retraining", run.All, StringComparison.Ordinal);
    }

    private Task<CliRunner.Result> RetrainAsync(string verb, params string[] args) =>
        CliRunner.RunAsync(["retrain", verb, "--data-dir", Path.Combine(folder, "recipe-model"), "--store-dir", folder, .. args]);
}
