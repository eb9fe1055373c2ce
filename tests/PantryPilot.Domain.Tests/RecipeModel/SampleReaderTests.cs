using System.Text.Json;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Domain.Tests.RecipeModel;

/// <summary>What the reader takes out of each layout, field by field. Every expectation is written out by hand from
/// the line in the test, not derived from the reader or the prompt builder.</summary>
public class SampleReaderTests
{
    private static SampleCandidate Read(string line)
    {
        var (candidate, error) = SampleReader.Read(line, "t.jsonl", 3);
        Assert.True(candidate is not null, error);
        return candidate!;
    }

    private static string Error(string line)
    {
        var (candidate, error) = SampleReader.Read(line, "t.jsonl", 3);
        Assert.Null(candidate);
        return error!;
    }

    public static TheoryData<string, string[], double[], string[]> Pantries => new()
    {
        { "rice (500 g), salt", ["rice", "salt"], [500, 0], ["g", ""] },
        { "saffron (1.5 g)", ["saffron"], [1.5], ["g"] },
        { "eggs (6 pcs), milk (1 l), stock (250 ml)", ["eggs", "milk", "stock"], [6, 1, 250], ["pcs", "l", "ml"] },
        { "rice cakes (tteok) (300 g)", ["rice cakes (tteok)"], [300], ["g"] },
        { "rice cakes (tteok)", ["rice cakes (tteok)"], [0], [""] },
        { "pasta (penne, dried) (500 g), salt", ["pasta (penne, dried)", "salt"], [500, 0], ["g", ""] },
        { "chili (a few)", ["chili (a few)"], [0], [""] },
        { "(500 g)", ["(500 g)"], [0], [""] },
        { "salt), pepper", ["salt)", "pepper"], [0, 0], ["", ""] },
        { "tofu (400 blocks of)", ["tofu"], [400], ["blocks of"] },
        { " oats (1e3 g) ,, ", ["oats"], [1000], ["g"] },
        { "", [], [], [] },
    };

    [Theory]
    [MemberData(nameof(Pantries))]
    public void ParsePantry_WrittenPantries_NamesAmountsUnits(string text, string[] names, double[] quantities, string[] units)
    {
        var items = SampleReader.ParsePantry(text);

        Assert.Equal(names, items.Select(i => i.Name));
        Assert.Equal(quantities, items.Select(i => i.Quantity));
        Assert.Equal(units, items.Select(i => i.Unit));
    }

    [Fact]
    public void ParseUser_CrLfAndEveryLine_AllFieldsWithAMultiLineRequest()
    {
        var parsed = SampleReader.ParseUser("Pantry: rice (500 g), basil\r\nDietary constraints: vegan , , gluten-free \r\nCuisine: Thai\r\nRequest: Quick.\r\nAnd spicy.");

        Assert.NotNull(parsed);
        var (pantry, tags, cuisine, request) = parsed.Value;
        Assert.Equal(["rice", "basil"], pantry.Select(p => p.Name));
        Assert.Equal(["vegan", "gluten-free"], tags);
        Assert.Equal("Thai", cuisine);
        Assert.Equal("Quick.\nAnd spicy.", request);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("NONE")]
    [InlineData("  None ")]
    public void ParseUser_NoConstraints_NoTags(string constraints)
    {
        var parsed = SampleReader.ParseUser($"Pantry: rice\nDietary constraints:{constraints}\nRequest: x");

        Assert.NotNull(parsed);
        Assert.Empty(parsed.Value.Tags);
        Assert.Null(parsed.Value.Cuisine);
    }

    [Theory]
    [InlineData("Dietary constraints: vegan\nRequest: x")]
    [InlineData("Pantry: rice\nRequest: x")]
    [InlineData("Pantry: rice\nDietary constraints: vegan")]
    [InlineData("pantry: rice\nDietary constraints: vegan\nRequest: x")]
    public void ParseUser_ALineMissing_NotAPrompt(string user) => Assert.Null(SampleReader.ParseUser(user));

    [Fact]
    public void ParseUser_LinesAfterRequest_BelongToTheRequestNotToTheFields()
    {
        var parsed = SampleReader.ParseUser("Pantry: rice\nDietary constraints: vegan\nRequest: one\nPantry: beef\nCuisine: French");

        Assert.NotNull(parsed);
        Assert.Equal(["rice"], parsed.Value.Pantry.Select(p => p.Name));
        Assert.Null(parsed.Value.Cuisine);
        Assert.Equal("one\nPantry: beef\nCuisine: French", parsed.Value.Request);
    }

    private const string User = "Pantry: rice (500 g), onion (2 pcs)\nDietary constraints: vegetarian\nRequest: Dinner.";
    private const string Answer = "{\"title\":\"Onion Rice\",\"cuisine\":\"\",\"time_minutes\":25,\"ingredients\":[{\"name\":\"rice\",\"amount\":200,\"unit\":\"g\"}],\"suggested_additions\":[],\"steps\":[\"Cook\"]}";

    [Fact]
    public void Read_ProjectLine_IdLayoutAndOrigin()
    {
        var line = JsonSerializer.Serialize(new { id = "s-1", text = $"<|user|>\n{User}<|end|>\n<|assistant|>\n{Answer}<|end|>", meta = new { title = "Onion Rice", dietary_tags = new[] { "vegetarian" }, teacher = "hand", seed = 4, index = 9 } });

        var sample = Read(line);

        Assert.Equal(SampleLayouts.Project, sample.Layout);
        Assert.Equal("s-1", sample.Id);
        Assert.NotNull(sample.Origin);
        Assert.Equal("Onion Rice", sample.Answer!.Title);
        Assert.Equal(["vegetarian"], sample.Tags);
        Assert.Equal("Dinner.", sample.Request);
        Assert.Null(sample.NoAnswerReason);
    }

    [Theory]
    [InlineData("\"meta\":5,\"id\":7,")]
    [InlineData("\"meta\":\"x\",")]
    [InlineData("")]
    public void Read_TextWithoutAnObjectMeta_IsMlxTextWithoutId(string extra)
    {
        var text = JsonSerializer.Serialize($"<|user|>\n{User}<|end|>\n<|assistant|>\n{Answer}<|end|>");

        var sample = Read($"{{{extra}\"text\":{text}}}");

        Assert.Equal(SampleLayouts.MlxText, sample.Layout);
        Assert.Null(sample.Id);
        Assert.Null(sample.Origin);
    }

    [Fact]
    public void Read_TextAnswerWithoutItsEnd_ReadToTheEnd()
    {
        var sample = Read(JsonSerializer.Serialize(new { text = $"<|user|>\n{User}<|end|>\n<|assistant|>\n{Answer}" }));

        Assert.Equal("Onion Rice", sample.Answer!.Title);
    }

    [Fact]
    public void Read_TextWithoutAssistant_NoAnswer()
    {
        var sample = Read(JsonSerializer.Serialize(new { text = $"<|user|>\n{User}<|end|>" }));

        Assert.Null(sample.Answer);
        Assert.Equal("no-answer", sample.NoAnswerReason);
    }

    [Fact]
    public void Read_AnswerThatIsNotARecipe_NoAnswerWithTheParsersReason()
    {
        var sample = Read(JsonSerializer.Serialize(new { text = $"<|user|>\n{User}<|end|>\n<|assistant|>\nI cannot help with that.<|end|>" }));

        Assert.Null(sample.Answer);
        Assert.NotNull(sample.NoAnswerReason);
        Assert.Contains(": ", sample.NoAnswerReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\":5}", "unknown layout")]
    [InlineData("{\"text\":\"no sections\"}", "field 'text'")]
    [InlineData("{\"messages\":{}}", "field 'messages': must be an array")]
    [InlineData("{\"messages\":[{\"role\":\"user\",\"content\":[\"not a string\"]}]}", "no user message")]
    [InlineData("{\"prompt\":5,\"completion\":\"x\"}", "unknown layout")]
    [InlineData("{\"input\":{\"user_inventory\":\"rice\"},\"output\":{}}", "field 'input.user_inventory': must be an array")]
    [InlineData("{\"input\":{\"user_inventory\":[]},\"output\":{\"recipe\":{\"main_ingredients\":\"rice\"}}}", "field 'output.recipe.main_ingredients': must be an array")]
    [InlineData("\"a string\"", "not a JSON object")]
    public void Read_MalformedLine_ReasonNamesTheField(string line, string expected)
    {
        var error = Error(line);

        Assert.StartsWith("t.jsonl line 3", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChatWithTwoUserMessages_TheLastOneCounts()
    {
        var line = JsonSerializer.Serialize(new { messages = new[] { new { role = "user", content = "hello" }, new { role = "user", content = User }, new { role = "assistant", content = Answer } } });

        var sample = Read(line);

        Assert.Equal(SampleLayouts.MlxChat, sample.Layout);
        Assert.Equal(["rice", "onion"], sample.Pantry.Select(p => p.Name));
    }

    [Fact]
    public void Read_CompletionWithoutAnswer_NoAnswer()
    {
        var sample = Read(JsonSerializer.Serialize(new { prompt = User }));

        Assert.Equal(SampleLayouts.MlxCompletions, sample.Layout);
        Assert.Equal("no-answer", sample.NoAnswerReason);
    }

    [Fact]
    public void Read_CompletionWithItsEndMarkerAndSpaces_AnswerRead()
    {
        var sample = Read(JsonSerializer.Serialize(new { prompt = $"<|user|>\n{User}<|end|>\n<|assistant|>\n", completion = $"  {Answer}<|end|>\n" }));

        Assert.Equal("Onion Rice", sample.Answer!.Title);
        Assert.Equal("Dinner.", sample.Request);
    }

    [Fact]
    public void Read_OriginalLine_EveryFieldCarried()
    {
        var line = JsonSerializer.Serialize(new
        {
            input = new { user_inventory = new object[] { " 2 cups rice ", 5, "1 onion" }, preference = "vegetarian", cuisine = "Indian", user_request = "  Something warm  " },
            output = new
            {
                status = "ok",
                recipe = new { name = "Onion Pulao", cuisine = "Mughlai", time = "1h 5m", main_ingredients = new object[] { "2 cups rice", 3, "1 medium onion" }, steps = new[] { "Rinse.", "Cook." } },
                shopping_list = new object[] { "2 bay leaves", 1 },
                missing_ingredients = new[] { "Bay Leaves", "ghee" },
            },
        });

        var sample = Read(line);

        Assert.Equal(SampleLayouts.OriginalTeacher, sample.Layout);
        Assert.Equal(["2 cups rice", "1 onion"], sample.Pantry.Select(p => p.Name));
        Assert.Equal(["vegetarian"], sample.Tags);
        Assert.Equal("Indian", sample.Cuisine);
        Assert.Equal("Something warm", sample.Request);
        var answer = sample.Answer!;
        Assert.Equal("Onion Pulao", answer.Title);
        Assert.Equal("Mughlai", answer.Cuisine);
        Assert.Equal(65, answer.TimeMinutes);
        Assert.Equal(["rice", "onion"], answer.Ingredients.Select(i => i.Name));
        Assert.Equal(["bay leaves", "ghee"], answer.SuggestedAdditions);
        Assert.Equal(["Rinse.", "Cook."], answer.Steps);
    }

    [Fact]
    public void Read_OriginalWithoutOptionalFields_Defaults()
    {
        var line = "{\"input\":{\"user_inventory\":[\"rice\"],\"preference\":null,\"cuisine\":7,\"user_request\":\"   \"},"
            + "\"output\":{\"status\":\"ok\",\"recipe\":{\"main_ingredients\":[\"rice\"],\"steps\":5,\"time\":20}}}";

        var sample = Read(line);

        Assert.Empty(sample.Tags);
        Assert.Null(sample.Cuisine);
        Assert.Equal("Suggest a recipe from my pantry.", sample.Request);
        Assert.Equal(string.Empty, sample.Answer!.Title);
        Assert.Equal(string.Empty, sample.Answer.Cuisine);
        Assert.Equal(0, sample.Answer.TimeMinutes);
        Assert.Empty(sample.Answer.Steps);
    }

    [Fact]
    public void Read_OriginalRecipeCuisineMissing_TakesTheRequestedCuisine()
    {
        var sample = Read("{\"input\":{\"user_inventory\":[\"rice\"],\"cuisine\":\"Korean\"},\"output\":{\"recipe\":{\"main_ingredients\":[\"rice\"],\"steps\":\"Step 1. Cook.\"}}}");

        Assert.Equal("Korean", sample.Answer!.Cuisine);
        Assert.Equal(["Cook."], sample.Answer.Steps);
    }

    [Theory]
    [InlineData("{\"status\":\"no_recipe\"}", "no-recipe: status 'no_recipe'")]
    [InlineData("{\"status\":5,\"recipe\":null}", "no-recipe: status ''")]
    public void Read_OriginalWithoutRecipe_NoRecipeWithTheStatus(string output, string reason)
    {
        var sample = Read($"{{\"input\":{{\"user_inventory\":[\"rice\"],\"preference\":\"vegan\"}},\"output\":{output}}}");

        Assert.Null(sample.Answer);
        Assert.Equal(reason, sample.NoAnswerReason);
        Assert.Equal(["vegan"], sample.Tags);
    }
}
