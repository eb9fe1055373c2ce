using Temporalio.Common;
using Temporalio.Converters;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>Frozen history files: written from the builders only when asked (PANTRYPILOT_FREEZE_HISTORIES=1, into the
/// source folder), otherwise read from the test output folder the build copies them to. A file that exists is never
/// rewritten: it is what a released version recorded, and the code must keep replaying it.</summary>
public static class FrozenHistories
{
    /// <summary>With PANTRYPILOT_FREEZE_HISTORIES=1, writes each path's history that has no file yet into
    /// <paramref name="sourceFolder"/>.</summary>
    public static void FreezeWhenAsked(string sourceFolder, IReadOnlyDictionary<string, Func<WorkflowHistory>> paths)
    {
        if (Environment.GetEnvironmentVariable("PANTRYPILOT_FREEZE_HISTORIES") != "1")
        {
            return;
        }

        Directory.CreateDirectory(sourceFolder);
        foreach (var (name, build) in paths)
        {
            var file = Path.Combine(sourceFolder, $"{name}.json");
            if (!File.Exists(file))
            {
                File.WriteAllText(file, build().ToJson() + "\n");
            }
        }
    }

    /// <summary>Release 1's histories as its workers wrote them: PascalCase payloads (the SDK's default converter,
    /// before PantryPilot's camelCase policy).</summary>
    public static Dictionary<string, Func<WorkflowHistory>> AsReleaseOne(Dictionary<string, Func<WorkflowHistory>> paths) =>
        paths.ToDictionary(p => p.Key, p => (Func<WorkflowHistory>)(() => HistoryBuilder.WritingPayloadsWith(DataConverter.Default.PayloadConverter, p.Value)));

    /// <summary>The frozen file names in <paramref name="folder"/>, in ordinal order (none when it does not exist).</summary>
    public static IEnumerable<string> FileNames(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal) : [];
}
