using System.CommandLine;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Commands;

/// <summary>One declaration of the synthetic-data options and one date parser behind every command that takes them:
/// the same names, defaults and descriptions' subject, and the same refusal of a bad day.</summary>
public class SharedOptionsTests
{
    private static readonly string[][] Generating = [["generate"], ["db", "load"], ["pipeline", "run"], ["pipeline", "start"], ["schedule", "apply"]];

    [Fact]
    public void SyntheticOptions_SameNamesAndDefaultsOnEveryCommandThatGenerates()
    {
        // The defaults as the README documents them, written out.
        var expected = new Dictionary<string, object>
        {
            ["--users"] = 200,
            ["--items-per-user"] = 25,
            ["--purchases-per-user"] = 60,
            ["--seed"] = 42,
            ["--fault-rate"] = 0.0,
        };
        var root = PantryPilotCli.Build();
        foreach (var path in Generating)
        {
            var command = path.Aggregate((Command)root, (c, name) => c.Subcommands.Single(s => s.Name == name));
            var parse = root.Parse(path);
            foreach (var (name, value) in expected)
            {
                var option = command.Options.SingleOrDefault(o => o.Name == name);
                Assert.True(option is not null, $"{string.Join(' ', path)} has no {name}");
                object? given = option switch
                {
                    Option<int> i => parse.GetValue(i),
                    Option<double> d => parse.GetValue(d),
                    _ => null,
                };
                Assert.Equal(value, given);
            }
        }
    }

    [Theory]
    [InlineData("generate --as-of 2026-02-30 --users 1 --out {dir}")]
    [InlineData("db load --synthetic --as-of 2026-02-30")]
    [InlineData("pipeline run --as-of 2026-02-30 --data-dir {dir}")]
    [InlineData("pipeline signal-new-data --for 2026-02-30")]
    public async Task BadDay_EveryCommandRefusesItTheSameWay(string command)
    {
        var dir = CliRunner.TempDir();
        var args = command.Replace("{dir}", dir, StringComparison.Ordinal).Split(' ');

        var result = await CliRunner.RunAsync(args, new Dictionary<string, string?> { ["DATABASE_URL"] = CliRunner.DatabaseUrl });

        Assert.Equal(2, result.ExitCode);
        var option = args.Single(a => a is "--as-of" or "--for");
        Assert.Contains($"error: {option} '2026-02-30' is not a date in yyyy-MM-dd form", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate --fault-rate 1.5")]
    [InlineData("db load --synthetic --fault-rate 1.5")]
    [InlineData("pipeline run --fault-rate 1.5")]
    public async Task BadFaultRate_EveryCommandRefusesItTheSameWay(string command)
    {
        var result = await CliRunner.RunAsync(command.Split(' '), workingDirectory: CliRunner.TempDir());

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: --fault-rate 1.5 must be between 0 and 1", result.Output, StringComparison.Ordinal);
    }
}
