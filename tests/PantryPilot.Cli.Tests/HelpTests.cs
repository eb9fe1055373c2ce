using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests;

public class HelpTests
{
    public static TheoryData<string> Commands => new() { "generate", "db", "pipeline", "pipeline run", "data", "worker", "schedule", "eval" };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_EveryCommand_PrintsUsage(string command)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains(command.Split(' ')[^1], result.Output, StringComparison.Ordinal);
    }

    /// <summary>`model --help` names the whole flow, not only its first part (generate, filter, split).</summary>
    [Fact]
    public async Task ModelHelp_NamesEveryStageOfTheFlow()
    {
        var result = await CliRunner.RunAsync(["model", "--help"]);

        Assert.Equal(0, result.ExitCode);
        var description = result.Output.Split('\n').First(l => l.Contains("dataset-generate", StringComparison.Ordinal));
        foreach (var stage in new[] { "dataset-generate", "filter", "split", "train", "checkpoint-evaluate", "promote" })
        {
            Assert.Contains(stage, description, StringComparison.Ordinal);
        }
    }
}
