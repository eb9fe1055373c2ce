using Microsoft.Extensions.Configuration;
using PantryPilot.Cli.Commands;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Hosting;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Client.Schedules;

namespace PantryPilot.Cli.Tests.Hosting;

public class ScheduleStateTests
{
    private static Schedule Build() => ScheduleCommands.BuildSchedule(
        new ConfigurationBuilder().AddInMemoryCollection([new("TEMPORAL_ADDRESS", "localhost:7233")]).Build().ReadTemporalOptions(TemporalDefaults.Client),
        new PipelineRun("x", "data", new DateOnly(2026, 3, 1), SourceKind.Postgres), 6, "UTC", TimeSpan.FromHours(12));

    [Fact]
    public void BuildSchedule_Action_HasARunTimeoutAboveTheWorstCaseAndBelowADay()
    {
        var action = Assert.IsType<ScheduleActionStartWorkflow>(Build().Action);

        Assert.NotNull(action.Options.RunTimeout);
        Assert.True(action.Options.RunTimeout > DataPipelineStages.WorstCase);
        Assert.True(action.Options.RunTimeout < TimeSpan.FromHours(24));
    }

    [Fact]
    public void KeepState_PausedScheduleWithNote_StaysPausedWithItsNote()
    {
        var current = Build() with { State = new() { Paused = true, Note = "paused for the DB migration (ops)" } };

        var updated = ScheduleCommands.KeepState(Build(), current);

        Assert.True(updated.State.Paused);
        Assert.Equal("paused for the DB migration (ops)", updated.State.Note);
        Assert.Equal(Build().Spec.TimeZoneName, updated.Spec.TimeZoneName);
    }

    [Fact]
    public void TemporalSetup_CliLines_NameEveryAttributeAsKeyword()
    {
        var lines = TemporalCommands.CliLines("default").ToArray();

        Assert.Equal(
            [
                "temporal operator search-attribute create --namespace default --name PantryAsOf --type Keyword",
                "temporal operator search-attribute create --namespace default --name PantrySource --type Keyword",
                "temporal operator search-attribute create --namespace default --name PantryOutcome --type Keyword",
            ],
            lines);
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", "temporal.md"));
        Assert.All(lines, line => Assert.Contains(line.Replace("--namespace default ", string.Empty, StringComparison.Ordinal), docs, StringComparison.Ordinal));
    }
}
