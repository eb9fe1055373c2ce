using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>The household workflow's released (v1) histories, frozen in Households/Histories: every change to the
/// workflow must still replay them (a change in behaviour needs <c>Workflow.Patched</c>, docs/temporal.md). Refreeze
/// only for a new version, keeping the old files:
/// <c>PANTRYPILOT_FREEZE_HISTORIES=1 dotnet test tests/PantryPilot.Workflows.Tests --filter FrozenHousehold</c>.</summary>
public class FrozenHouseholdHistoryTests
{
    private static readonly string SourceFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Households", "Histories"));

    private static readonly string OutputFolder = Path.Combine(AppContext.BaseDirectory, "Households", "Histories");

    public static TheoryData<string> Files() => new(FrozenHistories.FileNames(OutputFolder));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Replay_FrozenHouseholdHistory_ReplaysAgainstCurrentCode(string file)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(OutputFolder, file));

        await HouseholdReplay.ReplayAsync(WorkflowHistory.FromJson(Path.GetFileNameWithoutExtension(file), json));
    }

    [Fact]
    public void Freeze_EveryReleasedPath_HasAFrozenHistory()
    {
        FrozenHistories.FreezeWhenAsked(SourceFolder, HouseholdPaths.All());

        var frozen = FrozenHistories.FileNames(OutputFolder).Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.All(HouseholdPaths.All().Keys, name => Assert.Contains(name, frozen));
    }
}
