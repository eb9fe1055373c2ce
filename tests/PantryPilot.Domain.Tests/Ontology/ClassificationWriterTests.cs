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
    public async Task WriteAsync_Explain_CsvParseColumnNamesWordsAndWhatEachGave()
    {
        using var output = new StringWriter();
        await ClassificationWriter.WriteAsync(new StringReader("almond milk\nzzq\n\n"), output, DietaryPolicy.Parse(["vegan"], []), json: false, explain: true);
        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        Assert.Equal("name,vegan,parse,explanation", rows[0]);
        Assert.StartsWith("almond milk,allowed,\"words: almond milk; 'almond milk' (food) → TreeNut", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("zzq,unknown,words: zzq; 'zzq' (unknown word),", rows[2], StringComparison.Ordinal);
        Assert.StartsWith(",unknown,words: (none),empty name", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Explain_JsonParseField()
    {
        using var output = new StringWriter();
        await ClassificationWriter.WriteAsync(new StringReader("vegetable samosa\n"), output, DietaryPolicy.Parse(["vegetarian"], []), json: true, explain: true);
        using var doc = JsonDocument.Parse(output.ToString());
        var parse = doc.RootElement[0].GetProperty("parse");

        Assert.Equal(["vegetable", "samosa"], parse.GetProperty("words").EnumerateArray().Select(w => w.GetString()));
        var read = parse.GetProperty("read").EnumerateArray().ToList();
        Assert.Equal(("vegetable", "food", "None"), (read[0].GetProperty("words").GetString(), read[0].GetProperty("rule").GetString(), read[0].GetProperty("traits").GetString()));
        Assert.Equal("vegetable samosa", read[1].GetProperty("words").GetString());
        Assert.Equal("'vegetable' before 'samosa'", read[1].GetProperty("rule").GetString());
        Assert.Equal("Gluten, Grain", read[1].GetProperty("traits").GetString());
        Assert.Equal("None", read[1].GetProperty("may_contain").GetString());
    }

    [Fact]
    public void Parse_NoClassification_NoWords() =>
        Assert.Equal("words: (none)", ClassificationWriter.Parse(null));

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

    /// <summary>JSON for people: an apostrophe (or an arrow in an explanation) is written as itself, never as an
    /// escape such as \u0027 or \u2192.</summary>
    [Fact]
    public async Task WriteAsync_Json_WritesApostrophesAsThemselves()
    {
        using var output = new StringWriter();
        await ClassificationWriter.WriteAsync(new StringReader("baker's yeast\n"), output, DietaryPolicy.Parse(["vegan"], []), json: true);

        var text = output.ToString();
        Assert.Contains("\"baker's yeast\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_NameWithComma_QuotedInCsv()
    {
        var rows = await CsvAsync("bread, gluten free\n", ["gluten-free"], []);
        Assert.StartsWith("\"bread, gluten free\",allowed,", rows[1], StringComparison.Ordinal);
    }

    private static async Task<(string Text, int Rows)> RawAsync(string input, string[] constraints, string[] allergies, bool json, bool lenient = false)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var rows = await ClassificationWriter.WriteAsync(new StringReader(input), output, DietaryPolicy.Parse(constraints, allergies, lenient), json);
        return (output.ToString(), rows);
    }

    [Fact]
    public async Task WriteAsync_NoInput_HeaderOnlyOrEmptyArray()
    {
        var csv = await RawAsync(string.Empty, ["vegan"], [], json: false);
        var json = await RawAsync(string.Empty, ["vegan"], [], json: true);

        Assert.Equal(("name,vegan,explanation\n", 0), csv);
        Assert.Equal(("[]\n", 0), json);
    }

    [Fact]
    public async Task WriteAsync_Json_OneObjectPerLineInsideTheArray()
    {
        var (text, rows) = await RawAsync("rice\nbacon\n", ["vegetarian"], [], json: true);

        Assert.Equal(2, rows);
        Assert.StartsWith("[\n{\"name\":\"rice\",\"vegetarian\":\"allowed\",\"status\":\"allowed\",\"explanation\":", text, StringComparison.Ordinal);
        Assert.Contains("},\n{\"name\":\"bacon\",\"vegetarian\":\"forbidden\",\"status\":\"forbidden\",", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n]\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parmesan", false, "forbidden", "may_contain")] // calf rennet: may break vegetarian
    [InlineData("parmesan", true, "allowed", "may_contain_allowed")]
    [InlineData("salak", false, "unknown", "unknown")]
    [InlineData("  tofu  ", false, "allowed", "allowed")]
    public async Task WriteAsync_Json_StatusAndCell(string name, bool lenient, string cell, string status)
    {
        var (text, _) = await RawAsync(name + "\n", ["vegetarian"], [], json: true, lenient);
        using var document = JsonDocument.Parse(text);
        var item = Assert.Single(document.RootElement.EnumerateArray().ToArray());

        Assert.Equal(name, item.GetProperty("name").GetString());
        Assert.Equal(cell, item.GetProperty("vegetarian").GetString());
        Assert.Equal(status, item.GetProperty("status").GetString());
        Assert.False(item.TryGetProperty("allergies", out _));
        Assert.StartsWith($"'{name.Trim()}'", item.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gelatin", false, "forbidden")] // gelatin may be made from pork
    [InlineData("gelatin", true, "allowed")]
    [InlineData("salak", false, "unknown")]
    [InlineData("pork chops", false, "forbidden")]
    [InlineData("rice", false, "allowed")]
    public async Task WriteAsync_PorkAllergy_AllergyCell(string name, bool lenient, string expected)
    {
        var (text, _) = await RawAsync(name + "\n", [], ["pork"], json: true, lenient);
        using var document = JsonDocument.Parse(text);

        Assert.Equal(expected, document.RootElement[0].GetProperty("allergies").GetString());
    }

    [Fact]
    public async Task WriteAsync_EmptyLineWithAllergies_EveryCellUnknown()
    {
        var rows = await CsvAsync("\n", ["vegan"], ["kiwi"]);

        Assert.Equal(",unknown,unknown,empty name", rows[1]);
    }

    [Fact]
    public async Task WriteAsync_NameWithQuote_QuotesDoubled()
    {
        var rows = await CsvAsync("\"best\" rice\n", ["vegan"], []);

        Assert.StartsWith("\"\"\"best\"\" rice\",allowed,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ExplanationWithComma_Quoted()
    {
        var rows = await CsvAsync("butter\n", ["vegan", "dairy-free"], []);

        // Two broken rules are listed with ", ": the explanation cell is quoted.
        Assert.StartsWith("butter,forbidden,forbidden,\"'butter' breaks vegan (contains Dairy from 'butter'), dairy-free (contains Dairy from 'butter')", rows[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ComplianceStatus.Allowed, false, "allowed")]
    [InlineData(ComplianceStatus.Forbidden, true, "forbidden")]
    [InlineData(ComplianceStatus.MayContain, false, "forbidden")]
    [InlineData(ComplianceStatus.MayContain, true, "allowed")]
    [InlineData(ComplianceStatus.Unknown, true, "unknown")]
    public void Cell_StatusAndLeniency(ComplianceStatus status, bool lenient, string expected) =>
        Assert.Equal(expected, ClassificationWriter.Cell(new RuleVerdict("vegan", status, "why"), lenient));

    [Fact]
    public async Task WriteAsync_NullArguments_Throw()
    {
        var policy = DietaryPolicy.Parse(["vegan"], []);
        await Assert.ThrowsAsync<ArgumentNullException>(() => ClassificationWriter.WriteAsync(null!, TextWriter.Null, policy, json: false));
        await Assert.ThrowsAsync<ArgumentNullException>(() => ClassificationWriter.WriteAsync(new StringReader(""), null!, policy, json: false));
        await Assert.ThrowsAsync<ArgumentNullException>(() => ClassificationWriter.WriteAsync(new StringReader(""), TextWriter.Null, null!, json: false));
    }

    [Theory]
    [InlineData("ham", false, "forbidden")] // ham is pork: one allergy broken is enough
    [InlineData("gelatin zzq", true, "unknown")] // may be pork (allowed when lenient), but zzq is unknown for kiwi
    public async Task WriteAsync_TwoAllergies_CellIsTheWorst(string name, bool lenient, string expected)
    {
        var (text, _) = await RawAsync(name + "\n", [], ["pork", "kiwi"], json: true, lenient);
        using var document = JsonDocument.Parse(text);

        Assert.Equal(expected, document.RootElement[0].GetProperty("allergies").GetString());
    }

    [Fact]
    public async Task WriteAsync_BufferedWriter_Flushed()
    {
        using var stream = new MemoryStream();
        var writer = new StreamWriter(stream);
        await ClassificationWriter.WriteAsync(new StringReader("rice\n"), writer, DietaryPolicy.Parse(["vegan"], []), json: false);

        Assert.StartsWith("name,vegan,explanation", System.Text.Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }
}
