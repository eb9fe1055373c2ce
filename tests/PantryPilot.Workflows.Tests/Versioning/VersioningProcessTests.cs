using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Versioning;
using Temporalio.Api.Enums.V1;
using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Versioning;

/// <summary>The process of docs/temporal.md "Changing a workflow safely", enforced: every workflow has frozen histories
/// (they replay against the code in FrozenHistoryTests and FrozenRecipeModelHistoryTests: a command, queue, option or
/// input that changes without a patch fails there); every release's patch is recorded by a frozen history, and the
/// release before it by one without; workflow code asks for patches only by their <see cref="WorkflowPatches"/> ids.</summary>
public partial class VersioningProcessTests
{
    private static readonly string WorkflowSources = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "workflows", "PantryPilot.Workflows"));

    private static readonly IReadOnlyList<(string File, string Type, IReadOnlySet<string> Patches)> Frozen = LoadFrozen();

    public static TheoryData<string> WorkflowTypes() => new(typeof(DataPipelineWorkflow).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<WorkflowAttribute>()?.Name).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(WorkflowTypes))]
    public void EveryWorkflow_HasFrozenHistories(string workflowType)
    {
        Assert.True(
            Frozen.Any(f => f.Type == workflowType),
            $"{workflowType} has no frozen history: freeze its paths before its first deploy (PANTRYPILOT_FREEZE_HISTORIES=1, docs/temporal.md)");
    }

    [Fact]
    public void EveryReleasePatch_IsRecordedByAFrozenHistory_AndTheReleaseBeforeIt()
    {
        foreach (var (type, patches) in WorkflowPatches.ByWorkflow)
        {
            Assert.True(Frozen.Any(f => f.Type == type && f.Patches.Count == 0), $"{type}: no frozen history of release 1 (no patch marker)");
            foreach (var patch in patches)
            {
                Assert.True(Frozen.Any(f => f.Type == type && f.Patches.Contains(patch)), $"{type}: no frozen history records the patch {patch}");
            }
        }
    }

    [Fact]
    public void WorkflowCode_AsksForPatchesOnlyByTheirIds_EachIdOnce()
    {
        var calls = Directory.EnumerateFiles(WorkflowSources, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => PatchCall().Matches(File.ReadAllText(f)).Select(m => m.Groups["id"].Value))
            .ToList();
        var ids = typeof(WorkflowPatches).GetFields().Where(f => f.IsLiteral).Select(f => f.Name).ToList();

        Assert.All(calls, c => Assert.StartsWith("WorkflowPatches.", c, StringComparison.Ordinal));
        Assert.Equal(ids.Order(StringComparer.Ordinal), calls.Select(c => c["WorkflowPatches.".Length..]).Order(StringComparer.Ordinal));
        Assert.Equal(ids.Select(n => (string)typeof(WorkflowPatches).GetField(n)!.GetValue(null)!).Order(StringComparer.Ordinal), WorkflowPatches.ByWorkflow.Values.SelectMany(p => p).Order(StringComparer.Ordinal));
    }

    private static List<(string File, string Type, IReadOnlySet<string> Patches)> LoadFrozen() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Histories")
            .Select(f =>
            {
                var history = WorkflowHistory.FromJson("frozen", File.ReadAllText(f));
                var type = history.Events.First().WorkflowExecutionStartedEventAttributes.WorkflowType.Name;
                var patches = history.Events
                    .Where(e => e.EventType == EventType.MarkerRecorded && e.MarkerRecordedEventAttributes.MarkerName == "core_patch")
                    .Select(e => JsonDocument.Parse(e.MarkerRecordedEventAttributes.Details["patch-data"].Payloads_[0].Data.ToStringUtf8()).RootElement.GetProperty("id").GetString()!)
                    .ToHashSet(StringComparer.Ordinal);
                return (Path.GetFileName(f), type, (IReadOnlySet<string>)patches);
            })
            .ToList();

    [GeneratedRegex(@"Workflow\.(?:Patched|DeprecatePatch)\(\s*(?<id>[^,)\s]+)")]
    private static partial Regex PatchCall();
}
