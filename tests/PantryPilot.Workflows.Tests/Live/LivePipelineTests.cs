using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Domain.Storage;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Api.Enums.V1;
using Temporalio.Client;
using Temporalio.Common;
using Temporalio.Exceptions;
using Temporalio.Worker;

namespace PantryPilot.Workflows.Tests.Live;

/// <summary>End to end on a live server with the real activities and a synthetic source. Each test uses its own task
/// queue and data folder.</summary>
public sealed class LivePipelineTests : IAsyncLifetime
{
    private readonly string taskQueue = $"pantry-test-{Guid.NewGuid():N}";
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), $"pantry-live-{Guid.NewGuid():N}");
    private ServiceProvider? services;
    private TemporalClient? client;

    private TemporalClient Client => this.client ?? throw new InvalidOperationException("not connected");

    public async Task InitializeAsync()
    {
        var address = Environment.GetEnvironmentVariable("TEMPORAL_ADDRESS");
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        this.client = await TemporalClient.ConnectAsync(new(address)
        {
            Namespace = Environment.GetEnvironmentVariable("TEMPORAL_NAMESPACE") ?? "default",
            DataConverter = PayloadJson.DataConverter,
        });
        this.services = new ServiceCollection().AddLogging().AddPipelineActivities(new ConfigurationBuilder().AddEnvironmentVariables().Build(), DataRoot.ForLocalRun(Directory.GetCurrentDirectory())).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (this.services is not null)
        {
            await this.services.DisposeAsync();
        }

        if (Directory.Exists(this.dataDir))
        {
            Directory.Delete(this.dataDir, recursive: true);
        }
    }

    [LiveFact]
    public async Task Pipeline_HappyPath_CompletesWithConservedRows()
    {
        using var worker = NewWorker();
        await worker.ExecuteAsync(async () =>
        {
            var output = await Client.ExecuteWorkflowAsync((DataPipelineWorkflow wf) => wf.RunAsync(Input(ValidationPolicy.Quarantine)), Options("happy"));

            Assert.True(output.RowsConserved);
            Assert.NotNull(output.SnapshotId);
        });
    }

    [LiveFact]
    public async Task Pipeline_FaultyDataUnderStop_FailsWithValidationFailed()
    {
        using var worker = NewWorker();
        await worker.ExecuteAsync(async () =>
        {
            var input = Input(ValidationPolicy.Stop) with { Synthetic = new SyntheticOptions(Users: 20, FaultRate: 0.2) };
            var e = await Assert.ThrowsAsync<WorkflowFailedException>(() => Client.ExecuteWorkflowAsync((DataPipelineWorkflow wf) => wf.RunAsync(input), Options("stop")));

            Assert.Equal(FailureTypes.ValidationFailed, Assert.IsType<ApplicationFailureException>(e.InnerException).ErrorType);
        });
    }

    [LiveFact]
    public async Task Pipeline_SecondStartSameDay_IsRefusedWhileRunning()
    {
        var options = Options("dup");
        options.IdConflictPolicy = WorkflowIdConflictPolicy.Fail;
        var handle = await Client.StartWorkflowAsync((DataPipelineWorkflow wf) => wf.RunAsync(Input(ValidationPolicy.Quarantine)), options);
        try
        {
            await Assert.ThrowsAsync<WorkflowAlreadyStartedException>(() => Client.StartWorkflowAsync((DataPipelineWorkflow wf) => wf.RunAsync(Input(ValidationPolicy.Quarantine)), options));
        }
        finally
        {
            await handle.TerminateAsync("test over");
        }
    }

    [LiveFact]
    public async Task Pipeline_Cancelled_EndsCancelled()
    {
        using var worker = NewWorker();
        await worker.ExecuteAsync(async () =>
        {
            var input = Input(ValidationPolicy.Quarantine) with { Synthetic = new SyntheticOptions(Users: 20_000) };
            var handle = await Client.StartWorkflowAsync((DataPipelineWorkflow wf) => wf.RunAsync(input), Options("cancel"));
            await WaitForRunningStageAsync(handle);
            await handle.CancelAsync();

            var e = await Assert.ThrowsAsync<WorkflowFailedException>(() => handle.GetResultAsync());
            Assert.IsType<CanceledFailureException>(e.InnerException);
        });
    }

    [LiveFact]
    public async Task Pipeline_WorkerKilledMidActivity_CompletesOnAnotherWorker()
    {
        // Big enough that ingest is still running when the first worker goes away; the heartbeat timeout (1 min)
        // lets the server hand the activity to the second worker.
        var input = Input(ValidationPolicy.Quarantine) with { Synthetic = new SyntheticOptions(Users: 5_000) };
        WorkflowHandle<DataPipelineWorkflow, PipelineSummary> handle;
        using (var first = NewWorker())
        {
            using var stop = new CancellationTokenSource();
            var running = first.ExecuteAsync(stop.Token);
            handle = await Client.StartWorkflowAsync((DataPipelineWorkflow wf) => wf.RunAsync(input), Options("failover"));
            await WaitForRunningStageAsync(handle);
            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        }

        using var second = NewWorker();
        await second.ExecuteAsync(async () =>
        {
            var output = await handle.GetResultAsync().WaitAsync(TimeSpan.FromMinutes(5));
            Assert.True(output.RowsConserved);
        });
    }

    [LiveFact]
    public async Task Sensor_SignalForNewDay_RunsPipelineChild()
    {
        using var worker = NewWorker();
        await worker.ExecuteAsync(async () =>
        {
            var sensorId = $"pantry-sensor-{Guid.NewGuid():N}";
            var sensorInput = new PantrySensorInput(Input(ValidationPolicy.Quarantine));
            var sensor = await Client.StartWorkflowAsync((PantrySensorWorkflow wf) => wf.RunAsync(sensorInput), new(sensorId, this.taskQueue));
            var day = new DateOnly(2031, 1, Random.Shared.Next(1, 28));
            await sensor.SignalAsync(wf => wf.NewDataArrived(new NewDataArrivedSignal(PipelineDates.ToText(day))));

            var child = Client.GetWorkflowHandle<DataPipelineWorkflow, PipelineSummary>(WorkflowIds.Pipeline(day));
            var output = await RetryAsync(() => child.GetResultAsync());
            Assert.Equal(day, output.AsOf);
            await sensor.TerminateAsync("test over");
        });
    }

    [LiveFact]
    public async Task Sensor_MalformedSignalThenGoodOne_DropsAndCountsTheBadOneAndRunsTheDay()
    {
        using var worker = NewWorker();
        await worker.ExecuteAsync(async () =>
        {
            var sensorId = $"pantry-sensor-{Guid.NewGuid():N}";
            var sensor = await Client.StartWorkflowAsync((PantrySensorWorkflow wf) => wf.RunAsync(new PantrySensorInput(Input(ValidationPolicy.Quarantine))), new(sensorId, this.taskQueue));
            await sensor.SignalAsync(wf => wf.NewDataArrived(new NewDataArrivedSignal("2031-2-1")));
            var day = new DateOnly(2031, 2, Random.Shared.Next(1, 28));
            await sensor.SignalAsync(wf => wf.NewDataArrived(new NewDataArrivedSignal(PipelineDates.ToText(day))));

            var summary = await RetryAsync(() => Client.GetWorkflowHandle<DataPipelineWorkflow, PipelineSummary>(WorkflowIds.Pipeline(day)).GetResultAsync());
            var status = await sensor.QueryAsync(wf => wf.Status);
            Assert.Equal(day, summary.AsOf);
            Assert.Equal(1, status.Rejected);
            Assert.Contains(day, status.Succeeded);
            await sensor.TerminateAsync("test over");
        });
    }

    [LiveFact]
    public async Task Pipeline_Completed_SetsSearchAttributesAndSnapshotMemo()
    {
        using var worker = NewWorker();
        await worker.ExecuteAsync(async () =>
        {
            var handle = await Client.StartWorkflowAsync((DataPipelineWorkflow wf) => wf.RunAsync(Input(ValidationPolicy.Quarantine)), Options("ui"));
            var summary = await handle.GetResultAsync();
            var description = await handle.DescribeAsync();

            Assert.Equal("completed", description.TypedSearchAttributes.Get(PipelineSearchAttributes.Outcome));
            Assert.Equal("2031-01-01", description.TypedSearchAttributes.Get(PipelineSearchAttributes.AsOf));
            Assert.Equal(summary.SnapshotId, await description.Memo[PipelineSearchAttributes.SnapshotMemo].ToValueAsync<string>());
        });
    }

    [LiveFact]
    public async Task Pipeline_NewRun_RecordsItsReleaseAndClaimsNoOutcomeWhileRunning()
    {
        using var worker = NewWorker();
        await worker.ExecuteAsync(async () =>
        {
            var input = Input(ValidationPolicy.Quarantine) with { Synthetic = new SyntheticOptions(Users: 5_000) };
            var handle = await Client.StartWorkflowAsync((DataPipelineWorkflow wf) => wf.RunAsync(input), Options("release"));
            await WaitForRunningStageAsync(handle);
            var running = await handle.DescribeAsync();
            await handle.GetResultAsync();

            Assert.False(running.TypedSearchAttributes.TryGetValue(PipelineSearchAttributes.Outcome, out _));
            Assert.Contains("data-pipeline.release-2", running.TypedSearchAttributes.Get(SearchAttributeKey.CreateKeywordList("TemporalChangeVersion")));
        });
    }

    [LiveFact]
    public async Task Scheduled_StartedByHand_IsDatedByTheActivityInTheZoneAndRunsThatDay()
    {
        using var worker = NewWorker();
        await worker.ExecuteAsync(async () =>
        {
            var handle = await Client.StartWorkflowAsync(
                (ScheduledPipelineWorkflow wf) => wf.RunAsync(new ScheduledPipelineInput(Input(ValidationPolicy.Quarantine), "Pacific/Kiritimati")),
                Options("scheduled"));
            var output = await handle.GetResultAsync();
            var started = (await handle.DescribeAsync()).StartTime;

            // UTC+14 all year: the day there is the start time plus 14 hours.
            Assert.Equal(DateOnly.FromDateTime(started.AddHours(14)), output.AsOf);
            var history = await handle.FetchHistoryAsync();
            Assert.Contains(history.Events, e => e.ActivityTaskScheduledEventAttributes?.ActivityType.Name == "pantry.scheduled-day");
        });
    }

    [LiveFact]
    public async Task Sensor_OnlyMalformedSignals_ContinuesAsNewAndGivesDaysARunTimeout()
    {
        using var worker = NewWorker();
        await worker.ExecuteAsync(async () =>
        {
            var sensorId = $"pantry-sensor-{Guid.NewGuid():N}";
            var sensorInput = new PantrySensorInput(Input(ValidationPolicy.Quarantine), MaxSignalsPerExecution: 2);
            var first = await Client.StartWorkflowAsync((PantrySensorWorkflow wf) => wf.RunAsync(sensorInput), new(sensorId, this.taskQueue));
            await first.SignalAsync(wf => wf.NewDataArrived(new NewDataArrivedSignal("bad-1")));
            await first.SignalAsync(wf => wf.NewDataArrived(new NewDataArrivedSignal("bad-2")));
            var firstRun = Client.GetWorkflowHandle(sensorId, runId: first.ResultRunId);
            for (var i = 0; i < 100 && (await firstRun.DescribeAsync()).Status == WorkflowExecutionStatus.Running; i++)
            {
                await Task.Delay(100);
            }

            Assert.Equal(WorkflowExecutionStatus.ContinuedAsNew, (await firstRun.DescribeAsync()).Status);
            var latest = Client.GetWorkflowHandle<PantrySensorWorkflow>(sensorId);
            Assert.Equal(2, (await latest.QueryAsync(wf => wf.Status)).Rejected);

            var day = new DateOnly(2031, 3, Random.Shared.Next(1, 28));
            await latest.SignalAsync(wf => wf.NewDataArrived(new NewDataArrivedSignal(PipelineDates.ToText(day))));
            var child = await RetryAsync(() => Client.GetWorkflowHandle(WorkflowIds.Pipeline(day)).FetchHistoryAsync());
            Assert.Equal(TimeSpan.FromHours(17), child.Events.First().WorkflowExecutionStartedEventAttributes.WorkflowRunTimeout.ToTimeSpan());
            await latest.TerminateAsync("test over");
        });
    }

    private static async Task<T> RetryAsync<T>(Func<Task<T>> action)
    {
        for (var i = 0; ; i++)
        {
            try
            {
                return await action();
            }
            catch (RpcException e) when (e.Code == RpcException.StatusCode.NotFound && i < 50)
            {
                await Task.Delay(200);
            }
        }
    }

    private static async Task WaitForRunningStageAsync(WorkflowHandle<DataPipelineWorkflow, PipelineSummary> handle)
    {
        for (var i = 0; i < 100; i++)
        {
            if ((await handle.QueryAsync(wf => wf.Progress)).CurrentStage is not null)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("no stage started within 10 s");
    }

    private PipelineRun Input(ValidationPolicy policy) =>
        new("pantry-pipeline-2031-01-01", this.dataDir, new DateOnly(2031, 1, 1), SourceKind.Synthetic, new SyntheticOptions(Users: 20), Policy: policy);

    private WorkflowOptions Options(string name) => new($"pantry-pipeline-test-{name}-{Guid.NewGuid():N}", this.taskQueue);

    private TemporalWorker NewWorker()
    {
        var services = this.services ?? throw new InvalidOperationException("not connected");
        var options = new TemporalWorkerOptions(this.taskQueue)
            .AddWorkflow<DataPipelineWorkflow>()
            .AddWorkflow<PantrySensorWorkflow>()
            .AddWorkflow<ScheduledPipelineWorkflow>();
        foreach (var type in ActivitiesServiceCollectionExtensions.PipelineActivityTypes)
        {
            options.AddAllActivities(type, services.GetRequiredService(type));
        }

        return new TemporalWorker(Client, options);
    }
}
