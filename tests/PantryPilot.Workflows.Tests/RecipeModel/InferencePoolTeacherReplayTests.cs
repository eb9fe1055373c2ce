using PantryPilot.Contracts.Payloads;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Workflows.RecipeModel;
using Temporalio.Common;
using Temporalio.Worker;
using Temporalio.Worker.Interceptors;

namespace PantryPilot.Workflows.Tests.RecipeModel;

/// <summary>Replays of the inference-pool teacher's path: its batches are scheduled as RecipeModel.GenerateBatchOnPool on
/// the pool's task queue (recipe-inference), the rest of the flow is unchanged; a history of one teacher does not
/// replay as the other.</summary>
public class InferencePoolTeacherReplayTests
{
    private static RecipeModelInput PoolInput() => RecipeModelHistory.DefaultInput() with { Teacher = new(TeacherKind.InferencePool) };

    private static RecipeModelHistory PoolHistory(bool skippedFirstWave = false)
    {
        var h = new RecipeModelHistory(PoolInput()) { BatchActivity = "RecipeModel.GenerateBatchOnPool" };
        h.Generate(skippedFirstWave).Snapshot("raw-snap").Filter().Split().Snapshot("dataset-snap");
        h.Builder.WorkflowCompleted(null);
        return h;
    }

    [Fact]
    public async Task Replay_PoolTeacher_BatchesOnTheInferenceQueueThenTheSameFlow()
    {
        var (scheduled, queues, outcome) = await ReplayAsync(PoolHistory().Builder.Build(RecipeModelHistory.WorkflowId));

        string[] expected =
        [
            "RecipeModel.GenerateBatchOnPool", "RecipeModel.GenerateBatchOnPool", "RecipeModel.GenerateBatchOnPool",
            "RecipeModel.SnapshotDataset", "RecipeModel.Filter", "RecipeModel.Split", "RecipeModel.SnapshotDataset",
        ];
        Assert.Equal(expected, scheduled);
        // The batches go where the model is loaded; everything else stays on the workflow's own queue (null = default).
        Assert.Equal(["recipe-inference", "recipe-inference", "recipe-inference", null, null, null, null], queues);
        var output = Assert.IsType<RecipeModelOutput>(outcome);
        Assert.Equal(99 + 99 + 49, output.Generated);
        Assert.Equal(3, output.TeacherRejected["truncated"]);
        Assert.Equal("dataset-snap", output.DatasetSnapshotId);
    }

    [Fact]
    public async Task Replay_PoolTeacherResumed_BatchesAlreadyWrittenReportedSkipped()
    {
        var (_, _, outcome) = await ReplayAsync(PoolHistory(skippedFirstWave: true).Builder.Build(RecipeModelHistory.WorkflowId));

        var output = Assert.IsType<RecipeModelOutput>(outcome);
        Assert.Equal(2, output.BatchesSkipped);
    }

    [Fact]
    public async Task Replay_PoolTeacherInputWithMainQueueBatches_ThrowsDrift()
    {
        var h = new RecipeModelHistory(PoolInput());
        h.Generate().Snapshot("raw-snap").Filter().Split().Snapshot("dataset-snap");
        h.Builder.WorkflowCompleted(null);

        await RecipeReplay.AssertDriftAsync(() => ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId)));
    }

    [Fact]
    public async Task Replay_TemplateTeacherInputWithPoolBatches_ThrowsDrift()
    {
        var h = new RecipeModelHistory(RecipeModelHistory.DefaultInput()) { BatchActivity = "RecipeModel.GenerateBatchOnPool" };
        h.Generate().Snapshot("raw-snap").Filter().Split().Snapshot("dataset-snap");
        h.Builder.WorkflowCompleted(null);

        await RecipeReplay.AssertDriftAsync(() => ReplayAsync(h.Builder.Build(RecipeModelHistory.WorkflowId)));
    }

    /// <summary>Replays and records each scheduled activity's type and task queue (which the replayer does not compare).</summary>
    private static async Task<(List<string> Scheduled, List<string?> Queues, object? Result)> ReplayAsync(WorkflowHistory history)
    {
        var queues = new QueueProbe();
        var replayer = new WorkflowReplayer(new WorkflowReplayerOptions { Interceptors = [queues], DataConverter = PayloadJson.DataConverter }.AddWorkflow<RecipeModelWorkflow>());
        var result = await replayer.ReplayWorkflowAsync(history, throwOnReplayFailure: true);
        return (queues.Scheduled, queues.Queues, queues.Result);
    }

    private sealed class QueueProbe : IWorkerInterceptor
    {
        public List<string> Scheduled { get; } = [];

        public List<string?> Queues { get; } = [];

        public object? Result { get; set; }

        public WorkflowInboundInterceptor InterceptWorkflow(WorkflowInboundInterceptor nextInterceptor) => new Inbound(nextInterceptor, this);

        private sealed class Inbound(WorkflowInboundInterceptor next, QueueProbe probe) : WorkflowInboundInterceptor(next)
        {
            public override void Init(WorkflowOutboundInterceptor outbound) => base.Init(new Outbound(outbound, probe));

            public override async Task<object?> ExecuteWorkflowAsync(ExecuteWorkflowInput input)
            {
                probe.Result = await base.ExecuteWorkflowAsync(input);
                return probe.Result;
            }
        }

        private sealed class Outbound(WorkflowOutboundInterceptor next, QueueProbe probe) : WorkflowOutboundInterceptor(next)
        {
            public override Task<TResult> ScheduleActivityAsync<TResult>(ScheduleActivityInput input)
            {
                probe.Scheduled.Add(input.Activity);
                probe.Queues.Add(input.Options.TaskQueue);
                return base.ScheduleActivityAsync<TResult>(input);
            }
        }
    }
}
