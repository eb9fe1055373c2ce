using PantryPilot.Contracts.RecipeModel;

namespace PantryPilot.Workflows.Tests.RecipeModel;

public class CheckpointSelectionTests
{
    private static CheckpointRecord C(int iteration, double? val) => new(iteration, val, null, "s", $"/c/{iteration}", "h");

    [Fact]
    public void KBestByValLoss_KeepsTheLowestInIterationOrder()
    {
        CheckpointRecord[] checkpoints = [C(500, 2.0), C(1000, 1.0), C(1500, 0.9), C(2000, null), C(2500, 1.1)];

        Assert.Equal([1000, 1500], CheckpointSelection.KBestByValLoss(checkpoints, 2).Select(c => c.Iteration));
        Assert.Equal([500, 1000, 1500, 2000, 2500], CheckpointSelection.KBestByValLoss(checkpoints, null).Select(c => c.Iteration));
        Assert.Equal([500, 1000, 1500, 2000, 2500], CheckpointSelection.KBestByValLoss(checkpoints, 9).Select(c => c.Iteration));
    }

    [Fact]
    public void KBestByValLoss_TieGoesToTheLaterIteration()
    {
        Assert.Equal([1000], CheckpointSelection.KBestByValLoss([C(500, 1.0), C(1000, 1.0)], 1).Select(c => c.Iteration));
    }
}
