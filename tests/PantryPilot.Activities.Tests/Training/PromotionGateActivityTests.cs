using PantryPilot.Activities.Tests.Support;
using PantryPilot.Activities.Training;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Promotion;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Tests.Training;

/// <summary>promote-model applies the gate: a refused candidate leaves the registry file byte for byte as it
/// was.</summary>
public sealed class PromotionGateActivityTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static ModelRegistryEntry Entry(string id, double parse, double raw, double? served) =>
        new(
            id,
            "recipe-model",
            null,
            "snap",
            new Dictionary<string, double>
            {
                ["parse_rate"] = parse,
                ["raw_compliance"] = raw,
                ["samples"] = 100,
                ["raw_compliance:vegan"] = raw,
            }
                .Concat(served is { } s ? [new("served_compliance", s)] : Array.Empty<KeyValuePair<string, double>>())
                .ToDictionary(),
            default,
            null
        );

    [Fact]
    public async Task Promote_BaseModelAtZeroComplianceElevenPercentParse_RefusedNonRetryableNothingWritten()
    {
        var activities = new PromotionActivities(PromotionFloors.Default, TestRoots.Local);

        var failure = await Assert.ThrowsAsync<ApplicationFailureException>(() =>
            activities.PromoteAsync(new(temp.Path, Entry("run-1/base", 0.11, 0, null)))
        );

        Assert.Equal((PromotionGateNames.Refused, true), (failure.ErrorType, failure.NonRetryable));
        Assert.StartsWith(
            "run-1/base not promoted: parse rate 11.0 % is below the floor of 90.0 %; raw compliance 0.0 % is below the floor of 80.0 %",
            failure.Message,
            StringComparison.Ordinal
        );
        Assert.False(File.Exists(Path.Combine(temp.Path, "models", "registry.json")));
    }

    [Fact]
    public async Task Promote_WorseThanServed_RefusedAndTheServedEntryStays()
    {
        var activities = new PromotionActivities(PromotionFloors.Default, TestRoots.Local);
        await activities.PromoteAsync(new(temp.Path, Entry("run-1/iter-8000", 0.98, 0.96, 1.0)));
        var before = await File.ReadAllBytesAsync(Path.Combine(temp.Path, "models", "registry.json"));

        var check = await activities.CheckAsync(new(temp.Path, Entry("run-2/iter-4000", 0.99, 0.9, 1.0)));
        var failure = await Assert.ThrowsAsync<ApplicationFailureException>(() =>
            activities.PromoteAsync(new(temp.Path, Entry("run-2/iter-4000", 0.99, 0.9, 1.0)))
        );

        Assert.False(check.Allowed);
        Assert.Equal("run-1/iter-8000", check.ServedEntryId);
        Assert.Equal(
            [
                "raw compliance 90.0 % is worse than 96.0 % of run-1/iter-8000, which is served now",
                "raw compliance for vegan 90.0 % is worse than 96.0 % of run-1/iter-8000, which is served now",
            ],
            check.Reasons
        );
        Assert.EndsWith("(run-1/iter-8000 stays served)", failure.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(Path.Combine(temp.Path, "models", "registry.json")));
    }

    [Fact]
    public async Task Promote_BetterThanServed_Promoted()
    {
        var activities = new PromotionActivities(PromotionFloors.Default, TestRoots.Local);
        await activities.PromoteAsync(new(temp.Path, Entry("run-1/iter-8000", 0.95, 0.9, 1.0)));

        var output = await activities.PromoteAsync(new(temp.Path, Entry("run-2/iter-4000", 0.97, 0.95, 1.0)));

        Assert.Equal(("run-2/iter-4000", "run-1/iter-8000"), (output.Promoted, output.Previous));
    }
}
