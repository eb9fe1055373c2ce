using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Style;

/// <summary>Product code keeps lines at most 120 characters (.editorconfig max_line_length). The allow-list names the
/// few files that may not, each with why; it can only shrink, because an entry whose file no longer has a long line
/// fails the test.</summary>
public class LineLengthTests
{
    private const int MaxLength = 120;

    /// <summary>Files still allowed lines over 120 characters, each with why. Remove an entry once its file is
    /// wrapped; never add one.</summary>
    private static readonly Dictionary<string, string> AllowList = new(StringComparer.Ordinal)
    {
        ["inference-worker/PantryPilot.InferenceWorker/InferenceCommandLine.cs"] =
            "two lines of the --help text, a raw string: wrapping them would change what users read",
    };

    [Fact]
    public void ProductSources_LineOver120Characters_OnlyInAllowListedFiles()
    {
        var offenders = ProductSources.Files()
            .Where(f => !AllowList.ContainsKey(f))
            .SelectMany(f => LongLines(f).Select(l => $"{f}:{l.Number}: {l.Length} characters"))
            .ToList();

        Assert.True(
            offenders.Count == 0,
            $"lines over {MaxLength} characters (wrap them; see .editorconfig):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void AllowList_EveryEntry_StillHasALongLine()
    {
        var files = ProductSources.Files().ToHashSet(StringComparer.Ordinal);
        var stale = AllowList.Keys
            .Where(f => !files.Contains(f) || !LongLines(f).Any())
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            stale.Count == 0,
            "remove these from LineLengthTests.AllowList (gone, or no line over 120 characters left):\n"
            + string.Join('\n', stale));
    }

    [Fact]
    public void EditorConfig_CSharpFiles_SetMaxLineLength120()
    {
        var lines = File.ReadAllLines(RepositoryRoot.File(".editorconfig"));
        var section = Array.FindIndex(lines, l => l.Trim() == "[*.{cs,csx}]");
        Assert.True(section >= 0, ".editorconfig has no [*.{cs,csx}] section");
        var end = Array.FindIndex(lines, section + 1, l => l.TrimStart().StartsWith('['));
        var body = lines[(section + 1)..(end < 0 ? lines.Length : end)];

        Assert.Contains("max_line_length = 120", body.Select(l => l.Trim()));
    }

    private static IEnumerable<(int Number, int Length)> LongLines(string relativePath)
        => File.ReadLines(RepositoryRoot.File(relativePath))
            .Select((line, i) => (Number: i + 1, line.Length))
            .Where(l => l.Length > MaxLength);
}
