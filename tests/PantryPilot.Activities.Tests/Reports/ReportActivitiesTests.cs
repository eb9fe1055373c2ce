using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Reports;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Contracts.DataPipeline;
using Xunit.Abstractions;
using static PantryPilot.Activities.Tests.TestTables;

namespace PantryPilot.Activities.Tests.Reports;

public sealed class ReportActivitiesTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public async Task BuildAsync_ProcessedTables_WritesBiasProfileHtmlAndChart()
    {
        var inventory = dir.File("processed", "inventory.parquet");
        var inv = new[] { ("kimchi", "g"), ("spaghetti", "g"), ("tofu", "pcs"), ("<script>x</script>", "g") }
            .Select((t, i) =>
            {
                var row = Inventory("u1", $"i{i}", t.Item1, 100 + i, t.Item2);
                row["qty_canonical"] = 100.0 + i;
                row["canonical_unit"] = t.Item2;
                row["is_low_stock"] = false;
                return row;
            }).ToList();
        await WriteAsync(inventory, ProcessedInventory, inv);
        var purchases = dir.File("processed", "purchase_history.parquet");
        var pur = new[] { ("kimchi", 0.02), ("gochujang", 0.04), ("parmesan", 0.01), ("pasta", 0.03) }
            .Select((t, i) => new Dictionary<string, object?>
            {
                ["user_id"] = "u1",
                ["transaction_id"] = $"t{i}",
                ["item_id"] = $"i{i}",
                ["item_name"] = t.Item1,
                ["unit"] = "g",
                ["category"] = "pantry",
                ["purchase_date"] = D("2026-03-01"),
                ["qty_canonical"] = 100.0,
                ["canonical_unit"] = "g",
                ["unit_price"] = t.Item2,
            }).ToList();
        await WriteAsync(purchases, ProcessedPurchases, pur);
        var run = new PipelineRun("r1", dir.Path, new DateOnly(2026, 3, 10), SourceKind.Synthetic);

        var built = await new ReportActivities(TestRoots.Local).BuildAsync(new(run, inventory, purchases));

        var bias = File.ReadAllLines(built.BiasCsvPath);
        Assert.Equal("table,dimension,slice,count,share,value", bias[0]);
        Assert.Contains("inventory,cuisine,korean,1,0.25,", bias);
        Assert.Contains("inventory,region,non_western,2,0.5,", bias);
        Assert.Contains("purchase_history,median_unit_price,g/non_western,2,,0.03", bias);
        Assert.Contains("purchase_history,median_unit_price,g/western,2,,0.02", bias);
        Assert.Contains("purchase_history,unit_price_ratio_non_western_to_western,g,0,,1.5", bias);

        var profile = File.ReadAllLines(built.ProfileCsvPath);
        Assert.Contains(profile, l => l.StartsWith("inventory,quantity,number,4,0,0,4,100,103,101.5,101.5,", StringComparison.Ordinal));
        Assert.Contains(profile, l => l.StartsWith("inventory,unit,text,4,0,0,2,,,,,g (3); pcs (1)", StringComparison.Ordinal));
        Assert.Contains(profile, l => l.StartsWith("purchase_history,quantity_purchased,number,4,4,100,0,", StringComparison.Ordinal));

        var html = File.ReadAllText(built.HtmlPath);
        Assert.Contains("&lt;script&gt;x&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // One purchase day per household item: nothing to hold out, the section says so with its counts.
        Assert.Contains("<h2>Forecast accuracy (last-interval holdout)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("0 of 4 household items scored, from the first 1 households", html, StringComparison.Ordinal);
        var png = Path.Combine(DataPaths.For(run).ReportsDir, "cuisine-mix.png");
        if (File.Exists(png))
        {
            output.WriteLine($"cuisine-mix.png drawn: {new FileInfo(png).Length} bytes");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4));
            Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);
        }
        else
        {
            output.WriteLine("cuisine-mix.png was not drawn here; the report says why.");
            Assert.Contains("Chart not drawn", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ScanAsync_TransformedTable_TakesProfileFromSidecarOnlyWhileItMatchesTheFile()
    {
        var raw = dir.File("raw", "inventory.parquet");
        var rows = Enumerable.Range(0, 300).Select(i => Inventory($"u{i % 7}", $"i{i}", i % 3 == 0 ? "kimchi" : "rice", i % 11 == 0 ? null : 10.0 + i, i % 2 == 0 ? "kg" : "g")).ToList();
        await WriteAsync(raw, PantryPilot.Domain.Tables.PantrySchemas.Inventory, rows, rowGroupSize: 64);
        var run = new PipelineRun("r1", dir.Path, new DateOnly(2026, 3, 10), SourceKind.Synthetic);
        var processed = (await PantryPilot.Activities.Transform.TransformActivities.TransformFileAsync(new(run, DataTable.Inventory, raw))).ProcessedPath;
        var sidecar = ProfileSidecar.PathFor(processed);
        Assert.True(File.Exists(sidecar));

        var fromSidecar = await DataReportBuilder.ScanAsync(processed, "inventory", "unit");
        File.Move(sidecar, sidecar + ".aside");
        var scanned = await DataReportBuilder.ScanAsync(processed, "inventory", "unit");

        Assert.Equal(scanned.ProfileLines, fromSidecar.ProfileLines); // same profile, computed once in transform
        Assert.Contains(scanned.ProfileLines, l => l[1] == "quantity" && l[3] == "272"); // 28 of 300 rows had no quantity: quarantined
        Assert.Equal(scanned.Tally.Rows(), fromSidecar.Tally.Rows());

        // An edited sidecar no longer matches the hash in the Parquet footer: the report profiles by scanning instead.
        var edited = File.ReadAllText(sidecar + ".aside").Replace("\"272\"", "\"999\"", StringComparison.Ordinal);
        Assert.Contains("999", edited, StringComparison.Ordinal);
        File.WriteAllText(sidecar, edited);
        var afterEdit = await DataReportBuilder.ScanAsync(processed, "inventory", "unit");
        Assert.Equal(scanned.ProfileLines, afterEdit.ProfileLines);
    }
}
