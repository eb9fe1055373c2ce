using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Cli.Tests.Support;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Contracts.Payloads;

namespace PantryPilot.Cli.Tests.Docs;

/// <summary>The schedule input docs/temporal.md gives for `temporal schedule create` is the payload PantryPilot itself
/// sends (camelCase names, enums by name, every field of the run, Strict and AllowEmpty included), so a schedule made
/// with the Temporal CLI runs the same pipeline as one made with `pantrypilot schedule apply`.</summary>
public partial class ScheduleInputDocTests
{
    [Fact]
    public void TemporalDoc_ScheduleInput_IsThePayloadTheClientSends()
    {
        var doc = File.ReadAllText(RepositoryRoot.File("docs", "temporal.md"));
        var documented = JsonNode.Parse(ScheduleInput().Match(doc).Groups["json"].Value)!;

        var template = new PipelineRun(string.Empty, "data", new DateOnly(2026, 1, 1), SourceKind.Postgres);
        var sent = JsonSerializer.SerializeToNode(new ScheduledPipelineInput(template, "UTC"), PayloadJson.Options)!;

        Assert.True(JsonNode.DeepEquals(sent, documented), $"docs/temporal.md's --input differs from the payload; it should read:\n{sent.ToJsonString()}");
        Assert.Equal(template, JsonSerializer.Deserialize<ScheduledPipelineInput>(documented.ToJsonString(), PayloadJson.Options)!.Template);
    }

    [GeneratedRegex(@"--input '(?<json>\{""template"".*?\})'\s*$", RegexOptions.Multiline)]
    private static partial Regex ScheduleInput();
}
