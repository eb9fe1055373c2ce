using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Workflows.Tests.Limits;

/// <summary>Release 2's bounds on a recipe-model run, checked before any work (RecipeModelInput.Validate): the worst case
/// the payload guard measures is allowed, one step past each bound is refused with a message that says what to change.</summary>
public class RecipeModelBoundsTests
{
    private static readonly RecipeModelInput Worst = WorstCasePayloads.Input;

    [Fact]
    public void WorstCaseOfThePayloadGuard_IsAllowed()
    {
        Assert.Empty(Worst.Validate());
    }

    [Theory]
    [InlineData("batches", "make more than 500 batches")]
    [InlineData("tags", "at most 16 tags")]
    [InlineData("checkpoints", "at most 100, raise the LoRA save interval")]
    [InlineData("k-best", "k-best must be between 1 and 31")]
    [InlineData("shards", "make more than 2000 evaluation activities")]
    [InlineData("shard size", "shard size must be at least 1")]
    public void OneStepPastABound_IsRefused(string bound, string message)
    {
        var input = bound switch
        {
            "batches" => Worst with { SampleCount = 50_001 },
            "tags" => Worst with { TagMix = Enumerable.Range(0, 17).ToDictionary(i => $"tag-{i}", _ => 1.0) },
            "checkpoints" => Worst with { Training = Worst.Training! with { Iterations = 10_001 } },
            "k-best" => Worst with { Evaluation = Worst.Evaluation! with { KBest = 32 } },
            "shards" => Worst with { Evaluation = Worst.Evaluation! with { Samples = 6_251, ShardSize = 100, KBest = 31 } },
            _ => Worst with { Evaluation = Worst.Evaluation! with { ShardSize = 0 } },
        };

        var error = Assert.Single(input.ValidateLimits());

        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(input.ValidateDataset()); // release 1's checks: a run of that release with this input replays as it ran
    }
}
