using Temporalio.Common;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>Frozen history files: written from the builders only when asked (PANTRYPILOT_FREEZE_HISTORIES=1, into the
/// source folder), otherwise read from the test output folder the build copies them to.</summary>
public static class FrozenHistories
{
    /// <summary>With PANTRYPILOT_FREEZE_HISTORIES=1, writes every path's history into <paramref name="sourceFolder"/>.</summary>
    public static void FreezeWhenAsked(string sourceFolder, IReadOnlyDictionary<string, Func<WorkflowHistory>> paths)
    {
        if (Environment.GetEnvironmentVariable("PANTRYPILOT_FREEZE_HISTORIES") != "1")
        {
            return;
        }

        Directory.CreateDirectory(sourceFolder);
        foreach (var (name, build) in paths)
        {
            File.WriteAllText(Path.Combine(sourceFolder, $"{name}.json"), build().ToJson() + "\n");
        }
    }

    /// <summary>The frozen file names in <paramref name="folder"/>, in ordinal order (none when it does not exist).</summary>
    public static IEnumerable<string> FileNames(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal) : [];
}
