using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Builder;

/// <summary>The history builder writes what the server records and refuses what the server refuses; the replay
/// compares what it recorded with what the code asks for. Each test changes one recorded thing and expects the
/// replay (or the builder) to say so.</summary>
public class HistoryBuilderTests
{
    private const string WorkflowId = "pantry-pipeline-2026-03-01";

    [Fact]
    public async Task Replay_ActivityTimeoutOtherThanRecorded_ThrowsHistoryDrift()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        var shorter = ExpectedActivityOptions.For("pantry.ingest")!;
        shorter.StartToCloseTimeout = TimeSpan.FromMinutes(30);
        var history = Rebuilt(h, 0, shorter);

        var e = await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayObserver.ReplayAsync<DataPipelineWorkflow>(history));

        Assert.Contains("activity 1 (pantry.ingest)", e.Message, StringComparison.Ordinal);
        Assert.Contains("StartToClose = 00:30:00", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_ActivityOnAnotherQueueThanRecorded_ThrowsHistoryDrift()
    {
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        var elsewhere = ExpectedActivityOptions.For("pantry.ingest")!;
        elsewhere.TaskQueue = "somewhere-else";
        var history = Rebuilt(h, 0, elsewhere);

        var e = await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayObserver.ReplayAsync<DataPipelineWorkflow>(history));

        Assert.Contains("TaskQueue = somewhere-else", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_InputOtherThanRecorded_ThrowsHistoryDrift()
    {
        // The kind of change that once passed replay: the same command with a different folder owner.
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        var ids = DataTables.Ingested.Select(t => h.Builder.ScheduleActivity("pantry.ingest", new IngestInput(h.StartInput, t), $"ingest {DataTables.Name(t)}")).ToArray();

        var e = await Assert.ThrowsAsync<HistoryDriftException>(() => ReplayObserver.ReplayAsync<DataPipelineWorkflow>(h.Builder.Build(WorkflowId)));

        Assert.Equal(3, ids.Length);
        Assert.Contains("the input differs", e.Message, StringComparison.Ordinal);
        Assert.Contains("owner", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_RecordedAsTheCodeAsks_Replays()
    {
        // The other side of the three tests above: the same first workflow task, recorded faithfully.
        var h = new PipelineHistory(PipelineHistory.DefaultInput());
        DataTables.Ingested.Select(t => h.Builder.ScheduleActivity("pantry.ingest", new IngestInput(h.Input, t), $"ingest {DataTables.Name(t)}")).ToArray();

        var observed = await ReplayObserver.ReplayAsync<DataPipelineWorkflow>(h.Builder.Build(WorkflowId));

        Assert.Equal(3, observed.Scheduled.Count);
    }

    [Fact]
    public void Start_WithAnUnregisteredSearchAttribute_IsRefused()
    {
        var attributes = new SearchAttributeCollection.Builder().Set(SearchAttributeKey.CreateKeyword("PantryColour"), "red").ToSearchAttributeCollection();

        var e = Assert.Throws<InvalidOperationException>(() => new HistoryBuilder("DataPipelineWorkflow", null, attributes));

        Assert.Contains("PantryColour", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Upsert_OfAnUnregisteredSearchAttribute_IsRefused()
    {
        var b = new HistoryBuilder("DataPipelineWorkflow", null).WorkflowTask();

        Assert.Throws<InvalidOperationException>(() => b.UpsertSearchAttributes(SearchAttributeKey.CreateKeyword("PantryColour").ValueSet("red")));
        b.UpsertSearchAttributes(PipelineSearchAttributes.Outcome.ValueSet(RunOutcomes.Completed));
    }

    [Fact]
    public void Payload_JustOverTwoMegabytes_IsRefused()
    {
        var b = new HistoryBuilder("DataPipelineWorkflow", null).WorkflowTask();
        b.Signal("new-data-arrived", new string('x', HistoryLimits.MaxPayloadBytes - 1024));

        var e = Assert.Throws<HistoryLimitException>(() => b.Signal("new-data-arrived", new string('x', HistoryLimits.MaxPayloadBytes)));

        Assert.Contains("2 MB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandsOfOneWorkflowTask_OverFourMegabytes_AreRefused()
    {
        var b = new HistoryBuilder("DataPipelineWorkflow", null).WorkflowTask();
        var big = new string('x', 1536 * 1024);
        b.ScheduleActivity("pantry.ingest", big);
        b.ScheduleActivity("pantry.ingest", big);

        var e = Assert.Throws<HistoryLimitException>(() => b.ScheduleActivity("pantry.ingest", big));

        Assert.Contains("4 MB", e.Message, StringComparison.Ordinal);
        b.WorkflowTask().ScheduleActivity("pantry.ingest", big); // a new workflow task is a new request
    }

    [Fact]
    public void History_PastFiftyOneThousandTwoHundredEvents_IsRefused()
    {
        var b = new HistoryBuilder("PantrySensorWorkflow", null);
        for (var i = 1; i < HistoryLimits.MaxEvents; i++)
        {
            b.Signal("new-data-arrived", null);
        }

        var e = Assert.Throws<HistoryLimitException>(() => b.Signal("new-data-arrived", null));

        Assert.Contains("51,200", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void History_PastFiftyMegabytes_IsRefused()
    {
        var b = new HistoryBuilder("PantrySensorWorkflow", null);
        var chunk = new string('x', 1900 * 1024);

        var e = Assert.Throws<HistoryLimitException>(() =>
        {
            for (var i = 0; i < 40; i++)
            {
                b.Signal("new-data-arrived", chunk);
            }
        });

        Assert.Contains("50 MB", e.Message, StringComparison.Ordinal);
        Assert.InRange(b.Build("x").Events.Count, 26, 28); // 26 signals of 1.9 MB fit, the 27th does not
    }

    /// <summary>The first workflow task's three ingests, the one at <paramref name="index"/> recorded with
    /// <paramref name="options"/> instead of the table's.</summary>
    private static WorkflowHistory Rebuilt(PipelineHistory template, int index, ActivityOptions options)
    {
        var h = new PipelineHistory(template.StartInput);
        var tables = DataTables.Ingested.ToArray();
        for (var i = 0; i < tables.Length; i++)
        {
            h.Builder.ScheduleActivity("pantry.ingest", new IngestInput(h.Input, tables[i]), $"ingest {DataTables.Name(tables[i])}", i == index ? options : null);
        }

        return h.Builder.Build(WorkflowId);
    }
}
