using System.Text.Json.Nodes;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Tests.Support;
using PantryPilot.Activities.Validation;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Tables;
using static PantryPilot.Activities.Tests.TestTables;

namespace PantryPilot.Activities.Tests.Validation;

public sealed class ValidationActivitiesTests : IDisposable
{
    private readonly TempDir dir = new();

    public void Dispose() => this.dir.Dispose();

    private PipelineRun Run(ValidationPolicy policy = ValidationPolicy.Suite, string? suitesDir = null) =>
        new("run-1", this.dir.File("data"), new DateOnly(2026, 3, 10), SourceKind.Synthetic, Policy: policy, SuitesDir: suitesDir);

    /// <summary>10 rows in two row groups; rows with source_row 4 (negative quantity), 7 (no user) and 10 (expires before
    /// it was bought) break the shipped inventory suite.</summary>
    private async Task<string> WriteRawInventoryAsync(string folder = "data")
    {
        var rows = Enumerable.Range(0, 10).Select(i => Inventory("u1", $"item-{i}", $"rice {i}", 1 + i, "kg")).ToList();
        rows[2]["quantity"] = -1.0;
        rows[5]["user_id"] = null;
        rows[8]["expiry_date"] = D("2025-12-01");
        var path = this.dir.File(folder, "raw", "inventory.parquet");
        await WriteAsync(path, PantrySchemas.Inventory, rows, rowGroupSize: 6);
        return path;
    }

    [Fact]
    public void ShippedSuites_AreCopiedNextToTheActivities()
    {
        Assert.True(File.Exists(Path.Combine(ValidationActivities.ShippedSuitesDir, "inventory.json")));
        Assert.True(File.Exists(Path.Combine(ValidationActivities.ShippedSuitesDir, "purchase_history.json")));
    }

    [Fact]
    public async Task ValidateAsync_CleanInventory_PassesAndKeepsEveryRow()
    {
        var rows = Enumerable.Range(0, 5).Select(i => Inventory("u1", $"item-{i}", $"tofu {i}", 2, i % 2 == 0 ? "g" : "Pcs")).ToList();
        var raw = this.dir.File("data", "raw", "inventory.parquet");
        await WriteAsync(raw, PantrySchemas.Inventory, rows);

        var output = await new ValidationActivities(TestRoots.Local).ValidateAsync(new(Run(), DataTable.Inventory, raw));

        Assert.True(output.Success, File.ReadAllText(output.ResultPath));
        Assert.Equal(ValidationPolicy.Quarantine, output.PolicyApplied);
        Assert.Equal(new StageCounts("validate", DataTable.Inventory, 5, 5, 0), output.Counts);
        Assert.Null(output.QuarantinePath);
        Assert.Equal(5, (await ReadAllAsync(output.ValidPath)).Sum(b => b.RowCount));
    }

    [Fact]
    public async Task ValidateAsync_CleanPurchasesWithShippedSuite_Passes()
    {
        var rows = Enumerable.Range(0, 4).Select(i => new Dictionary<string, object?>
        {
            ["user_id"] = "u1",
            ["transaction_id"] = $"t{i}",
            ["item_id"] = "rice",
            ["item_name"] = "basmati rice",
            ["quantity_purchased"] = 1.0,
            ["unit"] = i % 2 == 0 ? "kg" : "fl oz",
            ["price_total"] = 3.5,
            ["purchase_date"] = D("2026-03-01").AddDays(7 * i),
            ["discount_applied"] = false,
            ["weekday"] = "Sunday",
            ["consumption_start_date"] = D("2026-03-01").AddDays(7 * i),
            ["expected_depletion_date"] = D("2026-03-08").AddDays(7 * i),
        }).ToList();
        var raw = this.dir.File("data", "raw", "purchase_history.parquet");
        await WriteAsync(raw, PantrySchemas.Purchases, rows);

        var output = await new ValidationActivities(TestRoots.Local).ValidateAsync(new(Run(), DataTable.Purchases, raw));

        Assert.True(output.Success, File.ReadAllText(output.ResultPath));
        Assert.Equal("purchase_history", output.SuiteName);
        Assert.Equal(new StageCounts("validate", DataTable.Purchases, 4, 4, 0), output.Counts);
    }

    [Fact]
    public async Task ValidateAsync_QuarantinePolicy_SetsAsideFailingRowsWithReasons()
    {
        var raw = await WriteRawInventoryAsync();

        var output = await new ValidationActivities(TestRoots.Local).ValidateAsync(new(Run(ValidationPolicy.Quarantine), DataTable.Inventory, raw));

        Assert.False(output.Success);
        Assert.Equal(2, output.FailedExpectations);
        Assert.Equal(10, output.Counts.RowsIn);
        Assert.Equal(8, output.Counts.RowsOut);
        Assert.Equal(2, output.Counts.RowsQuarantined);
        Assert.True(output.Counts.Conserved);

        var valid = await ReadAllAsync(output.ValidPath);
        Assert.Equal(8, valid.Sum(b => b.RowCount));
        Assert.DoesNotContain(valid.SelectMany(b => b.Integer(TableSchema.SourceRowColumn).Take(b.RowCount)), r => r is 4 or 7);

        // Expiry before purchase (row 10) is within the suite's tolerance (the original exports have ~8% such rows):
        // reported with its row, not quarantined.
        Assert.Contains(valid.SelectMany(b => b.Integer(TableSchema.SourceRowColumn).Take(b.RowCount)), r => r == 10);
        var pair = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(output.ResultPath))!["results"]!.AsArray()
            .Single(r => r!["expectation_config"]!["expectation_type"]!.GetValue<string>() == "expect_column_pair_values_A_to_be_greater_than_B")!;
        Assert.True(pair["success"]!.GetValue<bool>());
        Assert.Equal(1, pair["result"]!["unexpected_count"]!.GetValue<long>());

        var quarantine = await ReadAllAsync(output.QuarantinePath!);
        var reasons = quarantine.SelectMany(b => b.Text("reason").Take(b.RowCount)).ToArray();
        Assert.Equal(2, reasons.Length);
        Assert.Contains(reasons, r => r!.StartsWith("inventory row 4 field quantity: '-1' failed expect_column_values_to_be_between", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r!.StartsWith("inventory row 7 field user_id: null failed expect_column_values_to_not_be_null", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateAsync_ManyRowGroupsWithInjectedFaults_ConservesEveryRow()
    {
        const int n = 40_000;
        var rows = new List<Dictionary<string, object?>>(n);
        var faulty = 0;
        for (var i = 0; i < n; i++)
        {
            var row = Inventory($"u{i % 200}", $"item-{i}", "rice", 1 + (i % 7), "g");
            if (i % 97 == 0)
            {
                row["unit_cost"] = -1.0;
                faulty++;
            }

            rows.Add(row);
        }

        var raw = this.dir.File("data", "raw", "inventory.parquet");
        await WriteAsync(raw, PantrySchemas.Inventory, rows, rowGroupSize: 8_192);

        var output = await new ValidationActivities(TestRoots.Local).ValidateAsync(new(Run(ValidationPolicy.Quarantine), DataTable.Inventory, raw));

        Assert.Equal(new StageCounts("validate", DataTable.Inventory, n, n - faulty, faulty), output.Counts);
        Assert.Equal(5, (await ReadAllAsync(output.ValidPath)).Count);
        Assert.Equal(n - faulty, (await ReadAllAsync(output.ValidPath)).Sum(b => b.RowCount));
        Assert.Equal(faulty, (await ReadAllAsync(output.QuarantinePath!)).Sum(b => b.RowCount));
    }

    [Fact]
    public async Task ValidateAsync_StopPolicy_AllRowsGoOnAndFailureIsReported()
    {
        var raw = await WriteRawInventoryAsync();

        var output = await new ValidationActivities(TestRoots.Local).ValidateAsync(new(Run(ValidationPolicy.Stop), DataTable.Inventory, raw));

        Assert.False(output.Success);
        Assert.Equal(ValidationPolicy.Stop, output.PolicyApplied);
        Assert.Equal(new StageCounts("validate", DataTable.Inventory, 10, 10, 0), output.Counts);
        Assert.Equal(10, (await ReadAllAsync(output.ValidPath)).Sum(b => b.RowCount));
    }

    [Fact]
    public async Task ValidateAsync_SuiteMetaSaysStop_AppliesStop()
    {
        var suites = WriteSuite("""{"expectation_suite_name":"inv","expectations":[{"expectation_type":"expect_column_values_to_not_be_null","kwargs":{"column":"user_id"}}],"meta":{"pantrypilot":{"on_failure":"stop"}}}""");
        var raw = await WriteRawInventoryAsync();

        var output = await new ValidationActivities(TestRoots.Local).ValidateAsync(new(Run(ValidationPolicy.Suite, suites), DataTable.Inventory, raw));

        Assert.Equal(ValidationPolicy.Stop, output.PolicyApplied);
        Assert.Equal("inv", output.SuiteName);
        Assert.False(output.Success);
    }

    [Fact]
    public async Task ValidateAsync_TableLevelFailureUnderQuarantine_ReportedAndNoRowsDropped()
    {
        var suites = WriteSuite("""
            {"expectation_suite_name":"inv","expectations":[
              {"expectation_type":"expect_table_row_count_to_be_between","kwargs":{"max_value":5}},
              {"expectation_type":"expect_column_values_to_be_increasing","kwargs":{"column":"quantity"}}]}
            """);
        var raw = await WriteRawInventoryAsync();

        var output = await new ValidationActivities(TestRoots.Local).ValidateAsync(new(Run(ValidationPolicy.Quarantine, suites), DataTable.Inventory, raw));

        Assert.False(output.Success);
        Assert.Equal(2, output.FailedExpectations);
        Assert.Equal(new StageCounts("validate", DataTable.Inventory, 10, 10, 0), output.Counts);
        var result = JsonNode.Parse(File.ReadAllText(output.ResultPath))!;
        Assert.False(result["success"]!.GetValue<bool>());
        Assert.Equal("10", result["results"]![0]!["result"]!["observed_value"]!.GetValue<string>());
        Assert.True(result["results"]![1]!["pantrypilot"]!["unsupported"]!.GetValue<bool>());
        Assert.True(result["results"]![1]!["exception_info"]!["raised_exception"]!.GetValue<bool>());
        Assert.Equal("expect_column_values_to_be_increasing", result["results"]![1]!["expectation_config"]!["expectation_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ValidateAsync_ResultJson_IsGeShapedWithSamples()
    {
        var raw = await WriteRawInventoryAsync();

        var output = await new ValidationActivities(TestRoots.Local).ValidateAsync(new(Run(), DataTable.Inventory, raw));

        var result = JsonNode.Parse(File.ReadAllText(output.ResultPath))!;
        Assert.Equal(output.Expectations, result["statistics"]!["evaluated_expectations"]!.GetValue<int>());
        var failedNotNull = result["results"]!.AsArray().Single(r =>
            r!["expectation_config"]!["expectation_type"]!.GetValue<string>() == "expect_column_values_to_not_be_null"
            && r["expectation_config"]!["kwargs"]!["column"]!.GetValue<string>() == "user_id")!;
        Assert.False(failedNotNull["success"]!.GetValue<bool>());
        Assert.Equal(1, failedNotNull["result"]!["unexpected_count"]!.GetValue<long>());
        Assert.Equal(10.0, failedNotNull["result"]!["unexpected_percent"]!.GetValue<double>());
        Assert.Equal(7, failedNotNull["result"]!["partial_unexpected_list"]![0]!["source_row"]!.GetValue<long>());
    }

    [Fact]
    public async Task PublishReportAsync_PublishedTwice_SummaryHasOneLinePerRunAndTable()
    {
        var raw = await WriteRawInventoryAsync("input"); // outside data/: publishing replaces data/raw
        var activities = new ValidationActivities(TestRoots.Local);
        var validated = await activities.ValidateAsync(new(Run(), DataTable.Inventory, raw));

        await activities.PublishReportAsync(new(Run(), [validated.ResultPath]));
        await activities.PublishReportAsync(new(Run(), [validated.ResultPath]));
        RunPublisher.Publish(Run());

        var summaryPath = new DataPaths(Run().DataDir).ValidationSummaryCsv;
        var lines = File.ReadAllLines(summaryPath);
        Assert.Equal("run_id,as_of,table,suite,success,expectations,failed,rows,quarantined,evaluated_at", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("run-1,2026-03-10,inventory,inventory,false,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",10,2,", lines[1], StringComparison.Ordinal);

        var second = new PipelineRun("run-2", this.dir.File("data"), new DateOnly(2026, 3, 11), SourceKind.Synthetic);
        var again = await activities.ValidateAsync(new(second, DataTable.Inventory, raw));
        await activities.PublishReportAsync(new(second, [again.ResultPath]));
        RunPublisher.Publish(second);
        Assert.Equal(3, File.ReadAllLines(summaryPath).Length);

        // The same run id again (a second run on the same day): evaluated at another time, so it keeps its own line.
        await Task.Delay(5);
        var sameIdAgain = await activities.ValidateAsync(new(second, DataTable.Inventory, raw));
        await activities.PublishReportAsync(new(second, [sameIdAgain.ResultPath]));
        RunPublisher.Publish(second);
        Assert.Equal(4, File.ReadAllLines(summaryPath).Length);
    }

    [Fact]
    public async Task PublishReportAsync_Html_ShowsFailingExpectationAndEscapesData()
    {
        var suites = WriteSuite("""{"expectation_suite_name":"inv <b>","expectations":[{"expectation_type":"expect_column_values_to_be_in_set","kwargs":{"column":"item_name","value_set":["rice"]}}]}""");
        var rows = new List<Dictionary<string, object?>> { Inventory("u1", "i1", "rice", 1, "kg"), Inventory("u1", "i2", "<script>alert(1)</script>", 1, "kg") };
        var raw = this.dir.File("data", "raw", "inventory.parquet");
        await WriteAsync(raw, PantrySchemas.Inventory, rows);
        var activities = new ValidationActivities(TestRoots.Local);
        var validated = await activities.ValidateAsync(new(Run(ValidationPolicy.Suite, suites), DataTable.Inventory, raw));

        var published = await activities.PublishReportAsync(new(Run(ValidationPolicy.Suite, suites), [validated.ResultPath]));

        var html = File.ReadAllText(published.HtmlPath);
        Assert.Contains("expect_column_values_to_be_in_set", html, StringComparison.Ordinal);
        Assert.Contains("FAIL", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("(row 3)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("inv &lt;b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_MissingSuite_ThrowsBadInputNamingPath()
    {
        var raw = await WriteRawInventoryAsync();

        var e = await Assert.ThrowsAsync<BadInputException>(() => new ValidationActivities(TestRoots.Local).ValidateAsync(new(Run(ValidationPolicy.Suite, this.dir.File("nowhere")), DataTable.Inventory, raw)));
        Assert.Contains("inventory.json", e.Message, StringComparison.Ordinal);
    }

    private string WriteSuite(string inventorySuiteJson)
    {
        var dir = this.dir.File("suites");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "inventory.json"), inventorySuiteJson);
        return dir;
    }
}
