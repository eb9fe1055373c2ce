using System.Text.Json;
using PantryPilot.Activities.RecipeModel;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Activities.Tests.RecipeModel;

/// <summary>The removal report a person audits, on teacher lines written by hand: each removal names the ingredient and
/// the rule that decided it, in removed.jsonl and on its reason's page; the conversion's counts add up.</summary>
public sealed class FilterRemovalReportTests : IDisposable
{
    private const string StockInTheSteps = """{"input": {"user_inventory": ["lentils", "onion", "chicken stock"], "requested_ingredients": null, "user_request": "", "preference": "vegetarian", "cuisine": null}, "output": {"status": "ok", "missing_ingredients": [], "recipe": {"name": "Lentil Soup", "cuisine": "French", "culinary_preference": "vegetarian", "time": "40m", "main_ingredients": ["1 cup lentils", "1 onion"], "steps": "Step 1. Fry the onion. Step 2. Add the lentils and the chicken stock and simmer.", "note": null}, "shopping_list": []}, "scenario": "scenario_1", "generated_at": "2025-11-13T05:22:11Z"}""";

    private const string SoySauce = """{"input": {"user_inventory": ["rice", "soy sauce"], "requested_ingredients": null, "user_request": "", "preference": "gluten_free", "cuisine": null}, "output": {"status": "ok", "missing_ingredients": [], "recipe": {"name": "Soy Rice", "cuisine": "Chinese", "culinary_preference": "gluten_free", "time": "20m", "main_ingredients": ["1 cup rice", "2 tbsp soy sauce"], "steps": "Step 1. Cook the rice. Step 2. Toss with the soy sauce.", "note": null}, "shopping_list": []}, "scenario": "scenario_1", "generated_at": "2025-11-13T05:22:11Z"}""";

    private const string Kept = """{"input": {"user_inventory": ["rice", "Rice", "onion"], "requested_ingredients": ["onion"], "user_request": "", "preference": null, "cuisine": null}, "output": {"status": "ok", "missing_ingredients": ["None"], "recipe": {"name": "Onion Rice", "cuisine": "Indian", "culinary_preference": "None", "time": "soon", "main_ingredients": ["1 cup rice", "1 onion"], "steps": "Step 1. Fry the onion. Step 2. Add the rice and 2 cups water and simmer.", "note": null}, "shopping_list": []}, "scenario": "scenario_1", "generated_at": "2025-11-13T05:22:11Z"}""";

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private async Task<Contracts.RecipeModel.FilterDatasetOutput> FilterAsync() =>
        await new DatasetFilter(RecipeDiet.Default).FilterAsync(
            [temp.File("teacher.jsonl", string.Join('\n', StockInTheSteps, SoySauce, Kept))], temp.Path, temp.Path, new FilterSettings(), "t", null, CancellationToken.None);

    [Fact]
    public async Task Filter_Removal_RemovedLineNamesTheIngredientAndTheRule()
    {
        var output = await FilterAsync();

        var removed = File.ReadLines(output.RemovedPath).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var stock = removed.Single(r => r.GetProperty("line").GetInt64() == 1).GetProperty("findings")[0];
        Assert.Equal("step-forbidden", stock.GetProperty("code").GetString());
        Assert.Equal("chicken stock", stock.GetProperty("ingredient").GetString());
        Assert.StartsWith("vegetarian", stock.GetProperty("rule").GetString(), StringComparison.Ordinal);
        var soy = removed.Single(r => r.GetProperty("line").GetInt64() == 2).GetProperty("findings")[0];
        Assert.Equal("selected-forbidden", soy.GetProperty("code").GetString());
        Assert.Equal("soy sauce", soy.GetProperty("ingredient").GetString());
    }

    [Fact]
    public async Task Filter_Removals_OnePagePerReasonWithTheExampleLinkedFromTheReport()
    {
        var output = await FilterAsync();

        var page = File.ReadAllText(temp.Combine("filter-reasons", "selected-forbidden.html"));
        Assert.Contains("soy sauce", page, StringComparison.Ordinal);
        Assert.Contains("gluten-free", page, StringComparison.Ordinal);
        Assert.Contains("teacher.jsonl line 2", page, StringComparison.Ordinal);
        Assert.Contains("href=\"filter-reasons/selected-forbidden.html\"", File.ReadAllText(output.ReportHtmlPath), StringComparison.Ordinal);
        Assert.Equal(output.RemovedByReason.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(temp.Combine("filter-reasons")).Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filter_Conversion_CountsPerFieldAndWhatWasMerged()
    {
        await FilterAsync();

        var counts = File.ReadLines(temp.Combine("filter_conversion.csv")).Skip(1)
            .Select(l => l.Split("\",", 2))
            .ToDictionary(p => p[0].Trim('"'), p => long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        Assert.Equal(1, counts["repeated pantry items merged"]);
        Assert.Equal(1, counts["additions naming nothing ('None') dropped"]);
        Assert.Equal(1, counts["not carried: output.recipe.time"]);
        Assert.Equal(1, counts["requested ingredients carried into the request"]);
        Assert.Equal(6, counts["stated amounts"]);
    }
}
