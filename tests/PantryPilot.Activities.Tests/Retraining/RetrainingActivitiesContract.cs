using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PantryPilot.Activities.Households;
using PantryPilot.Activities.Retraining;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Activities.Versioning;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Retraining;
using PantryPilot.Contracts.Serving;
using PantryPilot.Domain.Recipes;

namespace PantryPilot.Activities.Tests.Retraining;

/// <summary>The loop's store side on a real database and real files: households' A/B choices and likes, written by
/// the household store as a household update writes them, become a threshold check and then an mlx-lm-lora
/// preference dataset. Expected counts are worked out by hand from the feedback written here; the dietary verdict
/// (chicken stock is not vegetarian) is domain knowledge, not read from the guard.</summary>
public abstract class RetrainingActivitiesContract
{
    private const string Household = "H-loop";

    private static readonly string Prompt = RecipePromptText.Build(
        [new("tofu", 400, "g"), new("rice", 2, "kg"), new("chicken stock", 1000, "ml")], ["vegetarian"], null, "dinner");

    private static readonly ServedRecipe TofuBowl = new(
        "Tofu rice bowl", "Japanese", 25, [new("tofu", 200, "g"), new("rice", 150, "g")], ["spring onion"], ["Cook the rice.", "Fry the tofu."]);

    private static readonly ServedRecipe RiceSoup = new("Rice soup", "Any", 30, [new("rice", 100, "g"), new("chicken stock", 500, "ml")], [], ["Simmer."]);

    protected readonly string Folder = Path.Combine(Path.GetTempPath(), "loop-retraining-" + Guid.NewGuid().ToString("N")[..8]);

    protected abstract IHouseholdDatabase Database { get; }

    private string DataDir => Path.Combine(Folder, "recipe-model");

    protected async Task Feedback_ThresholdThenPreferenceDataset_EachRowSeenOnce()
    {
        var store = new HouseholdStore(Database);
        for (var i = 1; i <= 3; i++)
        {
            await store.RecordRecipeAsync(new RecordRecipeInput(Household, $"h-r{i}", Compare($"r-{i}")), default);
        }

        // Two choices of the vegetarian bowl, one of the soup with chicken stock (its "chosen" side breaks the diet),
        // one like of the bowl, and the first choice sent twice (a retried update): 4 rows, not 5.
        await Feedback(store, "f-1", "r-1", FeedbackVerdict.Prefer, "a");
        await Feedback(store, "f-1", "r-1", FeedbackVerdict.Prefer, "a");
        await Feedback(store, "f-2", "r-2", FeedbackVerdict.Prefer, "a");
        await Feedback(store, "f-3", "r-3", FeedbackVerdict.Prefer, "b");
        await Feedback(store, "f-4", "r-1", FeedbackVerdict.Like, "a");

        var activities = Activities();
        var thresholds = new RetrainingThresholds(NewPairs: 3, ApprovalRateBelow: 0, DislikeStreak: 0);
        var check = await activities.CheckAsync(new CheckFeedbackInput(thresholds, DataDir));

        Assert.True(check.Triggered);
        Assert.Equal((4, 3, 1, 0, 1), (check.NewFeedback, check.NewPairs, check.NewLikes, check.NewDislikes, check.NextRound));
        Assert.Equal(["3 new preference pairs (threshold 3)"], check.Reasons);

        var dataset = await activities.BuildDatasetAsync(new BuildFeedbackDatasetInput(1, DataDir, "feedback-0001", MinSamples: 2));

        Assert.Equal(FeedbackTrainingMode.Preference, dataset.Mode);
        Assert.Equal((4L, 2L, 1L, 1L), (dataset.FeedbackIn, dataset.Pairs, dataset.Supervised, dataset.Removed));
        Assert.True(dataset.Conserved);
        Assert.Equal(4, dataset.Marked);
        Assert.Equal(1, dataset.RemovedByReason["chosen-forbidden"]);
        var pairs = Lines(dataset.TrainFolder!, "train.jsonl").Concat(Lines(dataset.TrainFolder!, "valid.jsonl")).ToList();
        Assert.Equal(2, pairs.Count);
        Assert.All(pairs, line =>
        {
            using var json = JsonDocument.Parse(line);
            // mlx-lm-lora's DPO layout: these four keys and no other.
            Assert.Equal(["chosen", "prompt", "rejected", "system"], json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Contains("\"title\":\"Tofu rice bowl\"", json.RootElement.GetProperty("chosen").GetString(), StringComparison.Ordinal);
            Assert.Contains("\"title\":\"Rice soup\"", json.RootElement.GetProperty("rejected").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("Pantry: tofu (400 g)", json.RootElement.GetProperty("prompt").GetString(), StringComparison.Ordinal);
        });
        var removed = Assert.Single(File.ReadAllLines(dataset.RemovedPath));
        Assert.Contains("chosen-forbidden", removed, StringComparison.Ordinal);
        Assert.Contains("\"request_id\":\"f-3\"", removed, StringComparison.Ordinal);

        // Seen feedback never counts again; the next round number is 2; a retried build marks nothing twice.
        var after = await activities.CheckAsync(new CheckFeedbackInput(thresholds, DataDir));
        Assert.Equal((false, 0, 2), (after.Triggered, after.NewFeedback, after.NextRound));
        var retried = await activities.BuildDatasetAsync(new BuildFeedbackDatasetInput(1, DataDir, "feedback-0001", MinSamples: 2));
        Assert.Equal((0, dataset.SnapshotId), (retried.Marked, retried.SnapshotId));
    }

    protected async Task EveryPairFiltered_NothingToTrain_AndTheRowsAreKeptWithTheirReason()
    {
        var store = new HouseholdStore(Database);
        await store.RecordRecipeAsync(new RecordRecipeInput(Household, "h-r1", Compare("r-1")), default);
        await Feedback(store, "f-1", "r-1", FeedbackVerdict.Prefer, "b");

        var dataset = await Activities().BuildDatasetAsync(new BuildFeedbackDatasetInput(1, DataDir, "feedback-0001", MinSamples: 1));

        Assert.Equal(FeedbackTrainingMode.None, dataset.Mode);
        Assert.Null(dataset.TrainFolder);
        Assert.Equal("every one of 1 feedback rows was filtered out (chosen-forbidden 1)", dataset.Why);
        Assert.Single(File.ReadAllLines(dataset.RemovedPath));
    }

    private RetrainingActivities Activities() => new(
        new FeedbackStore(Database),
        new VersionRemoteFactory(new VersioningOptions(Path.Combine(Folder, "remote"), null)),
        TestRoots.Local,
        TimeProvider.System,
        NullLogger<RetrainingActivities>.Instance);

    private static IEnumerable<string> Lines(string folder, string file) =>
        File.Exists(Path.Combine(folder, file)) ? File.ReadAllLines(Path.Combine(folder, file)) : [];

    private static Task<FeedbackResult> Feedback(HouseholdStore store, string id, string recipe, FeedbackVerdict verdict, string option) =>
        store.RecordFeedbackAsync(new RecordFeedbackInput(Household, $"h-{id}", new FeedbackRequest(id, recipe, verdict, option)), default);

    private static RecipeAnswer Compare(string requestId) => new(
        requestId,
        RecipeAnswerKind.Compare,
        [new("a", Served(TofuBowl, "promoted:feedback-0000/iter-0000100")), new("b", Served(RiceSoup, "base"))],
        ["vegetarian"],
        1,
        [],
        new DateTime(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc));

    private static ServedAnswer Served(ServedRecipe recipe, string adapter) =>
        new(ServingOutcome.Recipe, recipe, [], "tiny-gpt2", adapter, Prompt, [], 0, 1, 5);
}
