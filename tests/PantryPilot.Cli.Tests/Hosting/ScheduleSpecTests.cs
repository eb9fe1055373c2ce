using Microsoft.Extensions.Configuration;
using PantryPilot.Cli.Commands;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Hosting;
using Temporalio.Api.Enums.V1;
using Temporalio.Client.Schedules;

namespace PantryPilot.Cli.Tests.Hosting;

public class ScheduleSpecTests
{
    [Fact]
    public void BuildSchedule_Defaults_DailyAtSixSkipOverlapScheduledWorkflowWithTimeZone()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection([new("TEMPORAL_ADDRESS", "localhost:7233")]).Build().ReadTemporalOptions(TemporalDefaults.Client);
        var template = new PipelineRun("x", "/data", new DateOnly(2026, 3, 1), SourceKind.Postgres);

        var schedule = ScheduleCommands.BuildSchedule(settings, template, 6, "Europe/Berlin", TimeSpan.FromHours(12));

        var calendar = Assert.Single(schedule.Spec.Calendars);
        Assert.Equal(6, Assert.Single(calendar.Hour).Start);
        Assert.Equal(0, Assert.Single(calendar.Minute).Start);
        Assert.Equal("Europe/Berlin", schedule.Spec.TimeZoneName);
        Assert.Equal(ScheduleOverlapPolicy.Skip, schedule.Policy.Overlap);
        Assert.Equal(TimeSpan.FromHours(12), schedule.Policy.CatchupWindow);
        var action = Assert.IsType<ScheduleActionStartWorkflow>(schedule.Action);
        Assert.Equal("ScheduledPipelineWorkflow", action.Workflow);
        Assert.Equal("pantry-pipeline", action.Options.TaskQueue);
        var input = Assert.IsType<ScheduledPipelineInput>(Assert.Single(action.Args));
        Assert.Equal("Europe/Berlin", input.TimeZone); // each scheduled run dates itself in the schedule's zone
        Assert.Equal(SourceKind.Postgres, input.Template.Source);
    }
}
