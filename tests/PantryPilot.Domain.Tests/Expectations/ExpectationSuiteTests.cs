using PantryPilot.Domain.Expectations;

namespace PantryPilot.Domain.Tests.Expectations;

public class ExpectationSuiteTests
{
    /// <summary>A suite as Great Expectations 0.18 writes it, extra fields included.</summary>
    private const string Ge018Suite = """
        {
          "data_asset_type": null,
          "expectation_suite_name": "inventory.warning",
          "expectations": [
            {
              "expectation_type": "expect_column_values_to_not_be_null",
              "kwargs": { "column": "name", "mostly": 0.99 },
              "meta": { "notes": { "format": "markdown", "content": "required" } }
            },
            {
              "expectation_type": "expect_column_values_to_be_between",
              "kwargs": { "column": "qty", "min_value": 0, "max_value": 1000, "result_format": "COMPLETE" },
              "meta": {}
            }
          ],
          "ge_cloud_id": null,
          "meta": {
            "great_expectations_version": "0.18.12",
            "citations": [ { "citation_date": "2024-01-01T00:00:00.000000Z", "comment": "Created by effective Rule-Based Profiler" } ],
            "pantrypilot": { "on_failure": "stop" }
          }
        }
        """;

    [Fact]
    public void Parse_Ge018SuiteWithExtraFields_LoadsUnchanged()
    {
        var suite = ExpectationSuite.Parse(Ge018Suite);

        Assert.Equal("inventory.warning", suite.Name);
        Assert.Equal(2, suite.Expectations.Count);
        Assert.Equal("expect_column_values_to_not_be_null", suite.Expectations[0].Type);
        Assert.Equal("name", suite.Expectations[0].Column);
        Assert.Equal(0.99, suite.Expectations[0].Kwargs["mostly"]!.GetValue<double>());
        Assert.Equal("COMPLETE", suite.Expectations[1].Kwargs["result_format"]!.GetValue<string>());
        Assert.Equal("stop", suite.OnFailure);
        Assert.Equal("0.18.12", suite.Meta!["great_expectations_version"]!.GetValue<string>());
    }

    [Fact]
    public void Parse_Ge1xNameAndTypeKeys_Loads()
    {
        var suite = ExpectationSuite.Parse("""{"name":"s1","expectations":[{"type":"expect_column_values_to_be_unique","kwargs":{"column":"name"}}],"meta":{}}""");

        Assert.Equal("s1", suite.Name);
        Assert.Equal("expect_column_values_to_be_unique", suite.Expectations.Single().Type);
        Assert.Null(suite.OnFailure);
    }

    [Fact]
    public void Parse_SuiteWithoutName_ThrowsFormatException()
    {
        var e = Assert.Throws<FormatException>(() => ExpectationSuite.Parse("""{"expectations":[]}"""));
        Assert.Contains("expectation_suite_name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Ge018Suite_RunsBothExpectations()
    {
        var result = SuiteBuilder.RunAll(ExpectationSuite.Parse(Ge018Suite), SuiteBuilder.Batch(("rice", 5, 1, null, null, null), ("tofu", 2000, 1, null, null, null)));

        Assert.True(result.Results[0].Success);
        Assert.False(result.Results[1].Success);
        Assert.Equal(1, result.Results[1].UnexpectedCount);
        Assert.False(result.Success);
    }
}
