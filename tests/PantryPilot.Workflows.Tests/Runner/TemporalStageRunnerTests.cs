using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Runner;

public class TemporalStageRunnerTests
{
    [Fact]
    public void ToActivityOptions_EveryStage_CarriesTimeoutsRetriesAndNonRetryableTypes()
    {
        foreach (var stage in DataPipelineStages.All)
        {
            var options = TemporalStageRunner.ToActivityOptions(stage);

            Assert.Equal(stage.StartToClose, options.StartToCloseTimeout);
            Assert.Equal(stage.Heartbeat, options.HeartbeatTimeout);
            Assert.Equal(stage.MaximumAttempts, options.RetryPolicy!.MaximumAttempts);
            Assert.Equal(stage.NonRetryableErrorTypes, options.RetryPolicy.NonRetryableErrorTypes);
            Assert.Contains(FailureTypes.BadInput, options.RetryPolicy.NonRetryableErrorTypes!);
            Assert.True(options.RetryPolicy.BackoffCoefficient > 1);
            Assert.Equal(ActivityCancellationType.WaitCancellationCompleted, options.CancellationType);
        }
    }

    [Fact]
    public void ToActivityOptions_CustomStage_MapsItsOwnValues()
    {
        var stage = new StageSpec("x", TimeSpan.FromSeconds(42), null, 7, ["Nope"]);

        var options = TemporalStageRunner.ToActivityOptions(stage);

        Assert.Equal(TimeSpan.FromSeconds(42), options.StartToCloseTimeout);
        Assert.Null(options.HeartbeatTimeout);
        Assert.Equal(7, options.RetryPolicy!.MaximumAttempts);
        Assert.Equal(["Nope"], options.RetryPolicy.NonRetryableErrorTypes);
    }
}
