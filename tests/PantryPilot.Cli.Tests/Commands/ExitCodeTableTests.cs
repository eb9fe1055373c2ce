using System.Text.RegularExpressions;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Commands;

/// <summary>One exit-code table: the <see cref="ExitCodes"/> class is the source, docs/data-quality.md shows it
/// verbatim, and no command returns a number of its own.</summary>
public partial class ExitCodeTableTests
{
    private const string Begin = "<!-- exit-codes: generated from workers/PantryPilot.Cli/ExitCodes.cs; a test keeps it equal -->";
    private const string End = "<!-- exit-codes: end -->";

    [Fact]
    public void DataQualityDoc_ExitCodeTable_IsTheExitCodesClass()
    {
        var doc = File.ReadAllText(RepositoryRoot.File("docs", "data-quality.md")).ReplaceLineEndings("\n");
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/data-quality.md must hold the table between\n{Begin}\nand\n{End}");

        var table = doc[(start + Begin.Length)..end].Trim('\n') + "\n";
        Assert.True(table == ExitCodes.MarkdownTable(), $"docs/data-quality.md's exit-code table differs from ExitCodes; replace it with:\n{ExitCodes.MarkdownTable()}");
    }

    [Fact]
    public void ExitCodes_EveryCode_IsUniqueAndDescribed()
    {
        var all = ExitCodes.All;

        Assert.Equal(all.Count, all.Select(c => c.Code).Distinct().Count());
        Assert.All(all, c => Assert.False(string.IsNullOrWhiteSpace(c.Meaning), $"{c.Name} has no [Description]"));
        // The values scripts already rely on (README, docs, deploy probes): written out, not read from the class.
        Assert.Equal(
            [(0, "Ok"), (1, "InternalError"), (2, "BadInput"), (3, "DataLost"), (4, "Stopped"), (5, "AlreadyRunning"), (6, "TemporalUnreachable"),
             (7, "FolderBusy"), (8, "DatabaseError"), (9, "NotPromoted"), (10, "DeliveryFailed"), (130, "Cancelled"), (143, "EndedByForce")],
            all.Select(c => (c.Code, c.Name)));
    }

    /// <summary>A command that returns (or exits with) a number instead of a name would bypass the table.</summary>
    [Fact]
    public void CliSources_NeverUseALiteralExitCode()
    {
        var offenders = Directory.EnumerateFiles(RepositoryRoot.File("workers", "PantryPilot.Cli"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(RepositoryRoot.Path, f), Line: i + 1, Text: line)))
            .Where(l => LiteralExit().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "literal exit codes (use ExitCodes.*):\n" + string.Join('\n', offenders));
    }

    [GeneratedRegex(@"\breturn\s+-?\d+\s*;|Task\.FromResult\(\s*-?\d+\s*\)|Environment\.Exit\(\s*-?\d+\s*\)|\breturn\s+[^;]*\?\s*-?\d+\s*:|\breturn\s+[^;?]*\?[^;:]*:\s*-?\d+\s*;")]
    private static partial Regex LiteralExit();
}
