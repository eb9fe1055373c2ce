using PantryPilot.Contracts.DataPipeline;
using Temporalio.Converters;

namespace PantryPilot.Workflows.Tests.Runner;

/// <summary>Payload records survive Temporal's default JSON converter (records, lists, dictionaries, enums, dates).</summary>
public class PayloadSerializationTests
{
    [Fact]
    public void DefaultConverter_PipelineRunAndSummary_RoundTrip()
    {
        var input = new PipelineRun("run-1", "/data", new DateOnly(2026, 3, 1), SourceKind.Csv, null, new CsvSource("/in/i.csv", "/in/p.csv"), ValidationPolicy.Stop, 5, "/suites", true);
        var output = new PipelineSummary(
            "run-1", new DateOnly(2026, 3, 1), SourceKind.Csv, [new StageCounts("ingest", DataTable.Receipts, 10, 8, 2)],
            [new ValidationOutcome(DataTable.Inventory, "s", false, 4, 1, ValidationPolicy.Stop, "/r.json")], new AlertCounts(1, 2, 3, 4), "snap", new Dictionary<string, string> { ["a"] = "b" });
        var converter = DataConverter.Default.PayloadConverter;

        var inputBack = converter.ToValue<PipelineRun>(converter.ToPayload(input));
        var outputBack = converter.ToValue<PipelineSummary>(converter.ToPayload(output));

        Assert.Equal(input, inputBack);
        Assert.Equal(output.Stages, outputBack.Stages);
        Assert.Equal(output.Validation, outputBack.Validation);
        Assert.Equal(output.Alerts, outputBack.Alerts);
        Assert.Equal("b", outputBack.Outputs["a"]);
        Assert.Equal(10, outputBack.Alerts.Total);
    }

    [Fact]
    public void DefaultConverter_PipelineRun_WritesTheDayAsIsoText()
    {
        var run = new PipelineRun("run-1", "data", new DateOnly(2026, 3, 1), SourceKind.Synthetic);

        var json = DataConverter.Default.PayloadConverter.ToPayload(run).Data.ToStringUtf8();

        Assert.Contains("\"AsOf\":\"2026-03-01\"", json, StringComparison.Ordinal);
    }
}
