using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Commands;

/// <summary>`eval compliance` on the real tiny model: "0 violations" over no recipe at all is not a pass.</summary>
public class EvalComplianceTests
{
    private const string Request = """{"id":"t1","pantry":[{"name":"rice","quantity":1,"unit":"kg"},{"name":"chicken thighs","quantity":500,"unit":"g"}],"constraints":["vegetarian"],"allergies":[],"max_tokens":400}""";

    [Fact]
    public async Task EvalCompliance_NoRecipeServed_ExitsFourSayingThereWasNothingToJudge()
    {
        var dir = CliRunner.TempDir();
        var requests = Path.Combine(dir, "requests.jsonl");
        await File.WriteAllTextAsync(requests, Request + "\n" + Request.Replace("\"t1\"", "\"t2\"", StringComparison.Ordinal) + "\n");

        // Four tokens cannot hold a recipe: every attempt is cut off, as 128 tokens were for the held-out file.
        var result = await CliRunner.RunAsync(["eval", "compliance", "--requests", requests, "--out", Path.Combine(dir, "out"), "--max-tokens", "4"]);

        Assert.True(result.ExitCode == 4, $"exit {result.ExitCode}\n{result.All}");
        Assert.Contains("served: 0 of 2 requests returned a recipe (0 %)", result.Output, StringComparison.Ordinal);
        Assert.Contains("nothing to judge: none of the 2 requests returned a recipe", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalCompliance_RequestFileMissing_IsBadInput()
    {
        var result = await CliRunner.RunAsync(["eval", "compliance", "--requests", Path.Combine(CliRunner.TempDir(), "none.jsonl")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Output, StringComparison.Ordinal);
    }
}
