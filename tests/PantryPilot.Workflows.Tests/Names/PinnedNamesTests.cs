using System.Reflection;
using PantryPilot.Activities;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Activities;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Names;

/// <summary>The names the server records and routes by, listed literally: a rename (of a method, a class or a
/// constant) changes this file, so it shows up in review instead of stranding every run in flight.</summary>
public class PinnedNamesTests
{
    [Fact]
    public void ActivityNames_AreTheReleasedOnes()
    {
        string[] released =
        [
            "pantry.ingest", "pantry.validate", "pantry.publish-validation-report", "pantry.transform",
            "pantry.detect-anomalies", "pantry.build-reports", "pantry.snapshot", "pantry.write-run-report",
            "pantry.scheduled-day",
        ];

        Assert.Equal(released, ActivityNames.All);
    }

    [Fact]
    public void ActivityMethods_EveryOneCarriesAnExplicitPinnedName()
    {
        var methods = ActivitiesServiceCollectionExtensions.PipelineActivityTypes
            .SelectMany(t => t.GetMethods())
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<ActivityAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToArray();

        Assert.All(methods, x => Assert.False(string.IsNullOrEmpty(x.Attribute!.Name), $"{x.Method.DeclaringType!.Name}.{x.Method.Name} has no explicit activity name"));
        Assert.Equal(ActivityNames.All.Order(), methods.Select(x => x.Attribute!.Name!).Order());
    }

    [Theory]
    [InlineData(typeof(DataPipelineWorkflow), "DataPipelineWorkflow")]
    [InlineData(typeof(PantrySensorWorkflow), "PantrySensorWorkflow")]
    [InlineData(typeof(ScheduledPipelineWorkflow), "ScheduledPipelineWorkflow")]
    public void Workflows_CarryExplicitPinnedNames(Type workflow, string name)
    {
        Assert.Equal(name, workflow.GetCustomAttribute<WorkflowAttribute>()?.Name);
    }

    [Fact]
    public void SignalAndQueryNames_AreExplicit()
    {
        Assert.Equal("new-data-arrived", typeof(PantrySensorWorkflow).GetMethod(nameof(PantrySensorWorkflow.NewDataArrived))!.GetCustomAttribute<WorkflowSignalAttribute>()!.Name);
        Assert.Equal("status", typeof(PantrySensorWorkflow).GetProperty(nameof(PantrySensorWorkflow.Status))!.GetCustomAttribute<WorkflowQueryAttribute>()!.Name);
        Assert.Equal("progress", typeof(DataPipelineWorkflow).GetProperty(nameof(DataPipelineWorkflow.Progress))!.GetCustomAttribute<WorkflowQueryAttribute>()!.Name);
    }

    [Fact]
    public void SearchAttributes_AreTheRegisteredOnes()
    {
        Assert.Equal(["PantryAsOf", "PantrySource", "PantryOutcome"], PipelineSearchAttributes.All.Select(k => k.Name));
    }
}
