using System.Text.Json;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.Tests.Ontology;

/// <summary>What `pantrypilot diet classify` writes (the command is a thin adapter over this writer).</summary>
public class ClassificationWriterTests
{
    private static async Task<string[]> CsvAsync(string input, string[] constraints, string[] allergies, bool lenient = false)
    {
        using var output = new StringWriter();
        await ClassificationWriter.WriteAsync(new StringReader(input), output, DietaryPolicy.Parse(constraints, allergies, lenient), json: false);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Fact]
    public async Task WriteAsync_Csv_HeaderThenOneRowPerLineInInputOrder()
    {
        var rows = await CsvAsync("bacon\nbutter beans\n\nsalak\n", ["vegetarian", "dairy free", "GLUTEN_FREE"], []);

        Assert.Equal("name,vegetarian,dairy-free,gluten-free,explanation", rows[0]);
        Assert.Equal(5, rows.Length);
        Assert.StartsWith("bacon,forbidden,allowed,allowed,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("butter beans,allowed,allowed,allowed,", rows[2], StringComparison.Ordinal);
        Assert.StartsWith(",unknown,unknown,unknown,empty name", rows[3], StringComparison.Ordinal);
        Assert.StartsWith("salak,unknown,unknown,unknown,", rows[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_MayContain_ForbiddenUnlessLenient()
    {
        var strict = await CsvAsync("parmesan\n", ["vegetarian"], []);
        var lenient = await CsvAsync("parmesan\n", ["vegetarian"], [], lenient: true);

        Assert.StartsWith("parmesan,forbidden,", strict[1], StringComparison.Ordinal);
        Assert.StartsWith("parmesan,allowed,", lenient[1], StringComparison.Ordinal);
        Assert.Contains("may contain Meat", strict[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Allergies_ColumnBeforeExplanation()
    {
        var rows = await CsvAsync("king prawns\nsalmon\n", ["vegetarian"], ["shellfish allergy"]);

        Assert.Equal("name,vegetarian,allergies,explanation", rows[0]);
        Assert.StartsWith("king prawns,forbidden,forbidden,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("salmon,forbidden,allowed,", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Json_ArrayOfObjectsWithEveryConstraint()
    {
        using var output = new StringWriter();
        var rows = await ClassificationWriter.WriteAsync(new StringReader("ham, cheese\ntofu\n"), output, DietaryPolicy.Parse(["vegan", "egg-free"], []), json: true);

        Assert.Equal(2, rows);
        using var document = JsonDocument.Parse(output.ToString());
        var items = document.RootElement.EnumerateArray().ToArray();
        Assert.Equal("ham, cheese", items[0].GetProperty("name").GetString());
        Assert.Equal("forbidden", items[0].GetProperty("vegan").GetString());
        Assert.Equal("allowed", items[0].GetProperty("egg-free").GetString());
        Assert.Equal("allowed", items[1].GetProperty("vegan").GetString());
        Assert.False(string.IsNullOrEmpty(items[1].GetProperty("explanation").GetString()));
    }

    [Fact]
    public async Task WriteAsync_NameWithComma_QuotedInCsv()
    {
        var rows = await CsvAsync("bread, gluten free\n", ["gluten-free"], []);
        Assert.StartsWith("\"bread, gluten free\",allowed,", rows[1], StringComparison.Ordinal);
    }
}
