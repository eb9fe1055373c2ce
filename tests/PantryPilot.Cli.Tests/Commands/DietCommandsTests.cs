using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Commands;

/// <summary>
/// `pantrypilot diet` as a new user meets it, in a real process: a misspelt allergy is read as what was meant and the
/// answer says so; an allergy or constraint the guard cannot read is refused with the word named (issue 19's report:
/// "penuts" let satay sauce through, "unicorn" was accepted).
/// </summary>
public class DietCommandsTests
{
    private static Task<CliRunner.Result> ClassifyAsync(string names, params string[] args) =>
        CliRunner.RunWithInputAsync(["diet", "classify", .. args], names);

    [Fact]
    public async Task Classify_MisspeltAllergy_ReadAsPeanutSaidOnStderrAndSatayForbidden()
    {
        var result = await ClassifyAsync("peanut butter\nsatay sauce\n", "--constraints", "vegan", "--allergies", "penuts");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("diet classify: --allergies: 'penuts' read as 'peanut'", result.Error, StringComparison.Ordinal);
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("name,vegan,allergies,explanation", rows[0].TrimEnd('\r'));
        Assert.StartsWith("peanut butter,allowed,forbidden,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("satay sauce,forbidden,forbidden,", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_AllergyAlone_NoConstraintNeeded()
    {
        // A household with only a peanut allergy: hand-judged, peanut butter and satay are out, rice is fine.
        var result = await ClassifyAsync("peanut butter\nsatay sauce\nrice\n", "--allergies", "peanut");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r')).ToList();
        Assert.Equal("name,allergies,explanation", rows[0]);
        Assert.StartsWith("peanut butter,forbidden,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("satay sauce,forbidden,", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("rice,allowed,", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_NeitherConstraintsNorAllergies_Exit2SayingWhatToGive()
    {
        var result = await ClassifyAsync("rice\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give --constraints, --allergies or both", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("--allergies", "unicorn", "'unicorn' in 'unicorn' is not a food or allergen group the guard knows (nearest allergen groups: ")]
    [InlineData("--constraints", "vegan,atkins", "'atkins' is not a supported dietary constraint")]
    public async Task Classify_Unreadable_RefusedNamingTheWordExit2NothingWritten(string option, string value, string message)
    {
        string[] args = option == "--constraints" ? ["--constraints", value] : ["--constraints", "vegan", "--allergies", value];
        var result = await ClassifyAsync("rice\n", args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task Classify_Explain_ParseColumn()
    {
        var result = await ClassifyAsync("cashewmilk\nthicken\n", "--constraints", "dairy-free", "--explain");

        var rows = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("name,dairy-free,parse,explanation", rows[0].TrimEnd('\r'));
        Assert.StartsWith("cashewmilk,allowed,\"words: cashew milk;", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("thicken,unknown,words: thicken,", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_CorrectionsAndWhatEachEntryForbids()
    {
        var result = await CliRunner.RunAsync(["diet", "profile", "--constraints", "vegeterian,keto", "--allergies", "shelfish and kiwi"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--constraints: 'vegeterian' read as 'vegetarian'", result.Error, StringComparison.Ordinal);
        Assert.Contains("--allergies: 'shelfish' read as 'shellfish'", result.Error, StringComparison.Ordinal);
        Assert.Contains("constraints: vegetarian, keto", result.Output, StringComparison.Ordinal);
        Assert.Contains("allergy:shellfish: forbids Shellfish", result.Output, StringComparison.Ordinal);
        Assert.Contains("allergy:kiwi: forbids the food 'kiwi'", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_Unreadable_EveryErrorListedExit2()
    {
        var result = await CliRunner.RunAsync(["diet", "profile", "--constraints", "atkins", "--allergies", "unicorn"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--constraints: 'atkins'", result.Error, StringComparison.Ordinal);
        Assert.Contains("--allergies: 'unicorn'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_ListWithALeak_FiguresAndExit4()
    {
        var dir = Directory.CreateTempSubdirectory("pantrypilot-diet-score-");
        try
        {
            var list = Path.Combine(dir.FullName, "list.csv");
            // Cheese is dairy, which a pescatarian eats: labelled forbidden here on purpose, so the guard "leaks" it.
            await File.WriteAllTextAsync(list, "name,rule,expected\nrice,vegan,allowed\nbacon,vegetarian,forbidden\ncheese,pescatarian,forbidden\n");

            var result = await CliRunner.RunAsync(["diet", "score", list, "--show-misses"]);

            Assert.Equal(4, result.ExitCode);
            Assert.Contains("all: 3 pairs, 3 names: forbidden called allowed 1 of 2; safe allowed 100.0 % (1 of 1)", result.Output, StringComparison.Ordinal);
            Assert.Contains("forbidden but allowed: list.csv line 4: 'cheese' for pescatarian", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Score_BadRow_NamesFileLineFieldExit2()
    {
        var dir = Directory.CreateTempSubdirectory("pantrypilot-diet-score-");
        try
        {
            var list = Path.Combine(dir.FullName, "list.csv");
            await File.WriteAllTextAsync(list, "name,rule,expected\nrice,vegan,perhaps\n");

            var result = await CliRunner.RunAsync(["diet", "score", list]);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("list.csv line 2 field expected: 'perhaps' is not forbidden or allowed", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Score_MissingFile_Exit2()
    {
        var result = await CliRunner.RunAsync(["diet", "score", Path.Combine(Path.GetTempPath(), $"none-{Guid.NewGuid():N}.csv")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("diet score: ", result.Error, StringComparison.Ordinal);
    }
}
