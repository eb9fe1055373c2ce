using System.Text;
using Google.Protobuf;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Contracts.RecipeModel;
using Temporalio.Api.Common.V1;
using Temporalio.Converters;

namespace PantryPilot.Workflows.Tests.Runner;

/// <summary>Payload records survive the one payload converter (records, lists, dictionaries, enums, dates), which writes
/// camelCase with enums as strings and reads what other languages and older histories send.</summary>
public class PayloadSerializationTests
{
    [Fact]
    public void PayloadConverter_PipelineRunAndSummary_RoundTrip()
    {
        var input = new PipelineRun("run-1", "/data", new DateOnly(2026, 3, 1), SourceKind.Csv, null, new CsvSource("/in/i.csv", "/in/p.csv"), ValidationPolicy.Stop, 5, "/suites", true);
        var output = new PipelineSummary(
            "run-1", new DateOnly(2026, 3, 1), SourceKind.Csv, [new StageCounts("ingest", DataTable.Receipts, 10, 8, 2)],
            [new ValidationOutcome(DataTable.Inventory, "s", false, 4, 1, ValidationPolicy.Stop, "/r.json")], new AlertCounts(1, 2, 3, 4), "snap", new Dictionary<string, string> { ["a"] = "b" });
        var converter = PayloadJson.DataConverter.PayloadConverter;

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
    public void PayloadConverter_PipelineRun_WritesCamelCaseAndTheDayAsIsoText()
    {
        var run = new PipelineRun("run-1", "data", new DateOnly(2026, 3, 1), SourceKind.Synthetic);

        var json = PayloadJson.DataConverter.PayloadConverter.ToPayload(run).Data.ToStringUtf8();

        Assert.Contains("\"asOf\":\"2026-03-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"source\":\"Synthetic\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"AsOf\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void PayloadConverter_ApprovalAsAnotherLanguageWritesIt_DecodesEveryField()
    {
        // The documented update body, as a Go, Python or CLI caller sends it.
        var decision = FromJson<PromotionDecision>("""{"approve": true, "by": "ana", "comment": "looks good"}""");

        Assert.Equal(new PromotionDecision(true, "ana", "looks good"), decision);
    }

    [Fact]
    public void PayloadConverter_HistoryWrittenBeforeThePolicy_StillDecodes()
    {
        // Payloads recorded before the policy: PascalCase names, an enum written as its number.
        var run = FromJson<PipelineRun>("""{"RunId":"r","DataDir":"d","AsOf":"2026-03-01","Source":1}""");

        Assert.Equal("r", run.RunId);
        Assert.Equal(new DateOnly(2026, 3, 1), run.AsOf);
        Assert.Equal((SourceKind)1, run.Source);
    }

    [Fact]
    public void PayloadConverter_EnumInAnyCase_Decodes()
    {
        var run = FromJson<PipelineRun>("""{"runId":"r","dataDir":"d","asOf":"2026-03-01","source":"postgres"}""");

        Assert.Equal(SourceKind.Postgres, run.Source);
    }

    private static T FromJson<T>(string json) =>
        PayloadJson.DataConverter.PayloadConverter.ToValue<T>(new Payload
        {
            Metadata = { ["encoding"] = ByteString.CopyFromUtf8("json/plain") },
            Data = ByteString.CopyFrom(Encoding.UTF8.GetBytes(json)),
        });
}
