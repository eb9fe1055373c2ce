using PantryPilot.Activities.Anomalies;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Converters;

namespace PantryPilot.Workflows.Tests.Runner;

/// <summary>Payload records survive Temporal's default JSON converter (records, lists, dictionaries, enums).</summary>
public class PayloadSerializationTests
{
    [Fact]
    public void DefaultConverter_PipelineInputAndOutput_RoundTrip()
    {
        var input = new DataPipelineInput(SourceKind.Csv, "/data", "2026-03-01", ValidationPolicy.Stop, null, new CsvSource("/in/i.csv", "/in/p.csv"), 5, "/suites", true, "run-1");
        var output = new DataPipelineOutput(new PipelineSummary(
            "run-1", "2026-03-01", "csv", [new StageCounts("ingest", DataTable.Receipts, 10, 8, 2)],
            [new ValidationOutcome(DataTable.Inventory, "s", false, 4, 1, "stop", "/r.json")], new AlertCounts(1, 2, 3, 4), "snap", new Dictionary<string, string> { ["a"] = "b" }));
        var converter = DataConverter.Default.PayloadConverter;

        var inputBack = converter.ToValue<DataPipelineInput>(converter.ToPayload(input));
        var outputBack = converter.ToValue<DataPipelineOutput>(converter.ToPayload(output));

        Assert.Equal(input, inputBack);
        Assert.Equal(output.Summary.Stages, outputBack.Summary.Stages);
        Assert.Equal(output.Summary.Validation, outputBack.Summary.Validation);
        Assert.Equal(output.Summary.Alerts, outputBack.Summary.Alerts);
        Assert.Equal("b", outputBack.Summary.Outputs["a"]);
        Assert.Equal(10, outputBack.Summary.Alerts.Total);
    }
}
