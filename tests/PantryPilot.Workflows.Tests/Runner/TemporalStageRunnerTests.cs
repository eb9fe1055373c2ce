using PantryPilot.Activities.Pipeline;
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
            Assert.Equal(stage.ScheduleToClose, options.ScheduleToCloseTimeout);
            Assert.Equal(stage.NonRetryableErrorTypes, options.RetryPolicy.NonRetryableErrorTypes);
            Assert.Contains(FailureTypes.BadInput, options.RetryPolicy.NonRetryableErrorTypes!);
            Assert.True(options.RetryPolicy.BackoffCoefficient > 1);
            Assert.Equal(ActivityCancellationType.WaitCancellationCompleted, options.CancellationType);
        }
    }

    [Fact]
    public void ToActivityOptions_CustomStage_MapsItsOwnValues()
    {
        var stage = new StageSpec("x", TimeSpan.FromSeconds(42), TimeSpan.FromMinutes(9), null, ["Nope"]) { MaximumAttempts = 7 };

        var options = TemporalStageRunner.ToActivityOptions(stage, "do x");

        Assert.Equal(TimeSpan.FromSeconds(42), options.StartToCloseTimeout);
        Assert.Equal(TimeSpan.FromMinutes(9), options.ScheduleToCloseTimeout);
        Assert.Null(options.HeartbeatTimeout);
        Assert.Equal(7, options.RetryPolicy!.MaximumAttempts);
        Assert.Equal(["Nope"], options.RetryPolicy.NonRetryableErrorTypes);
        Assert.Equal("do x", options.Summary);
    }

    [Fact]
    public void Stages_SizedForADailyJob_RetryInfrastructureForHoursAndEndBeforeTheNextDay()
    {
        foreach (var stage in DataPipelineStages.All)
        {
            Assert.True(stage.ScheduleToClose >= TimeSpan.FromHours(1), stage.Name);
            Assert.True(stage.ScheduleToClose > stage.StartToClose, stage.Name);
            Assert.Equal(0, stage.MaximumAttempts); // attempts bounded by schedule-to-close, not a count
            Assert.InRange(stage.MaximumInterval, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10));
            Assert.DoesNotContain("DatabaseUnavailableException", stage.NonRetryableErrorTypes);
            Assert.DoesNotContain("NpgsqlException", stage.NonRetryableErrorTypes);
            Assert.DoesNotContain("IOException", stage.NonRetryableErrorTypes);
        }

        Assert.True(DataPipelineStages.WorstCase < TimeSpan.FromHours(24));
    }

    /// <summary>A live workflow run touches its folder lock at least once per stage budget (every activity does), so
    /// the lease after which a silent run's lock is taken over must be the longest stage budget.</summary>
    [Fact]
    public void WorkflowFolderLease_IsTheLongestStageBudget()
    {
        Assert.Equal(DataPipelineStages.All.Max(s => s.ScheduleToClose), DataFolderLock.WorkflowLease);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(4, 40)]
    [InlineData(7, 300)] // 320 s capped at the 5-minute maximum interval
    public void BackoffAfter_GrowsByTheCoefficientUpToTheMaximum(int attempt, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), DataPipelineStages.Ingest.BackoffAfter(attempt));
    }
}
