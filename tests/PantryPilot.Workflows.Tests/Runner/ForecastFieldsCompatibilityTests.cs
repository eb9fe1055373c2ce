using Google.Protobuf;
using PantryPilot.Contracts.DataPipeline;
using Temporalio.Api.Common.V1;
using Temporalio.Converters;

namespace PantryPilot.Workflows.Tests.Runner;

/// <summary>The forecaster's new fields on the anomaly stage's output are optional: a result recorded before they
/// existed (JSON without them) still deserializes, with null/0, so running and recorded workflows keep
/// replaying.</summary>
public class ForecastFieldsCompatibilityTests
{
    [Fact]
    public void DetectAnomaliesOutput_RecordedWithoutForecastFields_DeserializesWithDefaults()
    {
        // The JSON Temporal's default converter wrote for this record before the forecast fields were added.
        const string Recorded =
            """{"AlertsCsvPath":"/d/alerts/alerts.csv","AlertsParquetPath":"/d/alerts/alerts.parquet","Counts":{"Expired":2,"Expiring":3,"LowStock":4,"PredictedStockOut":1},"InventoryRows":10}""";
        var payload = new Payload { Data = ByteString.CopyFromUtf8(Recorded) };
        payload.Metadata["encoding"] = ByteString.CopyFromUtf8("json/plain");

        var output = DataConverter.Default.PayloadConverter.ToValue<DetectAnomaliesOutput>(payload);

        Assert.Equal(new AlertCounts(2, 3, 4, 1, 0), output.Counts);
        Assert.Equal(10, output.Counts.Total);
        Assert.Null(output.ForecastPath);
        Assert.Equal(0, output.Forecasts);
    }

    [Fact]
    public void DetectAnomaliesOutput_WithForecastFields_RoundTrips()
    {
        var output = new DetectAnomaliesOutput("/a.csv", "/a.parquet", new AlertCounts(1, 2, 3, 4, 5), 7, "/d/processed/forecast.parquet", 6);
        var converter = DataConverter.Default.PayloadConverter;

        Assert.Equal(output, converter.ToValue<DetectAnomaliesOutput>(converter.ToPayload(output)));
        Assert.Equal(15, output.Counts.Total);
    }
}
