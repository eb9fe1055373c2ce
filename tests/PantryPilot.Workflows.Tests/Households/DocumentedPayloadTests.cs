using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Payloads;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>docs/households.md cannot drift from the contract: every payload block is exactly the payload policy's
/// serialization of the typed example beside it (<see cref="DocumentedExamples"/>), reads back into its type, and every
/// CLI line names a pinned update or query with an input that reads back into that update's request.</summary>
public partial class DocumentedPayloadTests
{
    private static readonly JsonSerializerOptions Indented = new(PayloadJson.Options) { WriteIndented = true };

    private static readonly string Document = File.ReadAllText(Path.Combine(Root(), "docs", "households.md"));

    [Fact]
    public void EveryExample_IsInTheDocsExactlyAsThePolicySerializesIt()
    {
        var blocks = Blocks();
        foreach (var (name, (type, value)) in DocumentedExamples.All)
        {
            Assert.True(blocks.TryGetValue(name, out var json), $"docs/households.md has no block <!-- payload: {name} -->");
            var expected = JsonSerializer.Serialize(value, type, Indented);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(json)), $"{name}: the docs show\n{json}\nthe contract serializes\n{expected}");
            var read = JsonSerializer.Deserialize(json, type, PayloadJson.Options);
            Assert.Equal(expected, JsonSerializer.Serialize(read, type, Indented));
        }

        Assert.Empty(blocks.Keys.Except(DocumentedExamples.All.Keys));
    }

    [Fact]
    public void EveryCliLine_NamesAPinnedHandlerAndItsInputReadsBack()
    {
        var lines = CliLine().Matches(Document).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var verb = line.Groups["verb"].Value;
            var name = line.Groups["name"].Value;
            Assert.Contains(name, verb == "update execute" ? HouseholdNames.Updates : HouseholdNames.Queries);
            if (line.Groups["input"].Success && DocumentedExamples.All.TryGetValue($"{name}/request", out var example))
            {
                var read = JsonSerializer.Deserialize(line.Groups["input"].Value, example.Type, PayloadJson.Options);
                Assert.Equal(JsonSerializer.Serialize(example.Value, example.Type, PayloadJson.Options), JsonSerializer.Serialize(read, example.Type, PayloadJson.Options));
            }
        }

        Assert.All(HouseholdNames.Updates.Concat(HouseholdNames.Queries), n => Assert.Contains(lines, l => l.Groups["name"].Value == n));
    }

    [Fact]
    public void EveryErrorType_IsDocumented() =>
        Assert.All(HouseholdErrors.All, type => Assert.Contains($"| `{type}` |", Document, StringComparison.Ordinal));

    private static Dictionary<string, string> Blocks() =>
        PayloadBlock().Matches(Document).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["json"].Value);

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PantryPilot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("no PantryPilot.sln above the test folder");
    }

    [GeneratedRegex(@"<!-- payload: (?<name>[a-z\-]+/[a-z]+) -->\s*```json\n(?<json>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex PayloadBlock();

    [GeneratedRegex(@"temporal workflow (?<verb>update execute|query) --workflow-id household-\S+ --name (?<name>[a-z\-]+)(?: --input '(?<input>[^']*)')?")]
    private static partial Regex CliLine();
}
