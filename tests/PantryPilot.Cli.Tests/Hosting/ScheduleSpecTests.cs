using Microsoft.Extensions.Configuration;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Cli.Commands;
using PantryPilot.Cli.Hosting;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Api.Enums.V1;
using Temporalio.Client.Schedules;

namespace PantryPilot.Cli.Tests.Hosting;

public class ScheduleSpecTests
{
    [Fact]
    public void BuildSchedule_Defaults_DailyAtSixSkipOverlapNoAsOf()
    {
        var settings = TemporalSettings.From(new ConfigurationBuilder().AddInMemoryCollection([new("TEMPORAL_ADDRESS", "localhost:7233")]).Build());
        var template = new DataPipelineInput(SourceKind.Postgres, "/data", "2026-03-01", RunId: "x");

        var schedule = ScheduleCommands.BuildSchedule(settings, template, 6, "Europe/Berlin", TimeSpan.FromHours(12));

        var calendar = Assert.Single(schedule.Spec.Calendars);
        Assert.Equal(6, Assert.Single(calendar.Hour).Start);
        Assert.Equal(0, Assert.Single(calendar.Minute).Start);
        Assert.Equal("Europe/Berlin", schedule.Spec.TimeZoneName);
        Assert.Equal(ScheduleOverlapPolicy.Skip, schedule.Policy.Overlap);
        Assert.Equal(TimeSpan.FromHours(12), schedule.Policy.CatchupWindow);
        var action = Assert.IsType<ScheduleActionStartWorkflow>(schedule.Action);
        Assert.Equal(nameof(DataPipelineWorkflow), action.Workflow);
        Assert.Equal("pantry-pipeline", action.Options.TaskQueue);
        var input = Assert.IsType<DataPipelineInput>(Assert.Single(action.Args));
        Assert.Null(input.AsOf); // each scheduled run takes its own date
        Assert.Null(input.RunId);
        Assert.Equal(SourceKind.Postgres, input.Source);
    }
}
