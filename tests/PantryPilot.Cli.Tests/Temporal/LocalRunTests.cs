using PantryPilot.Cli.Pipeline;
using PantryPilot.Cli.Tests.Support;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Hosting;
using PantryPilot.Workflows.DataPipeline;

namespace PantryPilot.Cli.Tests.Temporal;

/// <summary>`pipeline run --temporal` runs its workflow on a task queue only its own process polls. When that process
/// stops watching (Ctrl-C) or its worker stops, nothing else will ever run the workflow: it must not be left behind
/// holding the data folder (issue 23, item 8). The server is a named test double (<see cref="ServerStandIn"/>).</summary>
public class LocalRunTests
{
    private const string Id = "pantry-pipeline-2026-03-01";

    [Fact]
    public async Task Watch_InterruptedWhileTheWorkerRuns_CancelsTheRunAndWaitsForIt()
    {
        var server = new ServerStandIn();
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var code = await TemporalPipelineClient.WatchAsync(Handle(server), interrupt.Token, CancellationToken.None);

        Assert.Equal(["cancel"], server.Requests);
        Assert.Equal(ExitCodes.Cancelled, code);
    }

    [Fact]
    public async Task Watch_InterruptedAndTheRunDoesNotEndInTime_TerminatesIt()
    {
        var server = new ServerStandIn { EndsOnCancel = false };
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var code = await TemporalPipelineClient.WatchAsync(Handle(server), interrupt.Token, CancellationToken.None, cancelGrace: TimeSpan.FromMilliseconds(500));

        Assert.Equal("cancel", server.Requests[0]);
        Assert.StartsWith("terminate: ", Assert.Single(server.Requests.Skip(1)), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Cancelled, code);
    }

    [Fact]
    public async Task Watch_WorkerInThisProcessStops_TerminatesTheRun()
    {
        var server = new ServerStandIn();
        using var workerStopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await TemporalPipelineClient.WatchAsync(Handle(server), CancellationToken.None, workerStopping.Token);

        Assert.StartsWith("terminate: ", Assert.Single(server.Requests), StringComparison.Ordinal);
    }

    [Fact]
    public void StartOptions_EveryRunHasARunTimeout()
    {
        // A process killed outright (SIGKILL) can end nothing: the run still ends by itself within a day.
        var options = TemporalPipelineClient.StartOptions(new TemporalOptions { TaskQueue = "q" }, Id);

        Assert.Equal(TimeSpan.FromHours(17), options.RunTimeout);
    }

    private static Temporalio.Client.WorkflowHandle<DataPipelineWorkflow, PipelineSummary> Handle(ServerStandIn server) =>
        server.Client().GetWorkflowHandle<DataPipelineWorkflow, PipelineSummary>(Id);
}
