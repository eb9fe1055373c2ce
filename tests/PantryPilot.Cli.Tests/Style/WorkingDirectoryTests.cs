using System.Text.RegularExpressions;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Style;

/// <summary>No product code changes the process's working directory: the data root is handed to the activities
/// (<c>DataRoot</c>), so a second root in the same process, or anything else that moves the working directory, cannot
/// make an activity open another folder's files.</summary>
public partial class WorkingDirectoryTests
{
    [Fact]
    public void ProductSources_NeverSetTheWorkingDirectory()
    {
        var files = ProductSources.Files().ToList();
        var offenders = files
            .SelectMany(f => File.ReadLines(RepositoryRoot.File(f))
                .Select((line, i) => (Line: line, Number: i + 1))
                .Where(l => SetsWorkingDirectory(l.Line))
                .Select(l => $"{f}:{l.Number}: {l.Line.Trim()}"))
            .ToList();

        Assert.True(files.Count > 100, $"only {files.Count} product files found: the scan looks in the wrong place");
        Assert.True(
            offenders.Count == 0,
            "product code changes the working directory (resolve locations with DataRoot instead):\n"
            + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("        Directory.SetCurrentDirectory(full);", true)]
    [InlineData("System.IO.Directory.SetCurrentDirectory(root)", true)]
    [InlineData("Environment.CurrentDirectory = root;", true)]
    [InlineData("var here = Directory.GetCurrentDirectory();", false)]
    [InlineData("var here = Environment.CurrentDirectory;", false)]
    [InlineData("if (Environment.CurrentDirectory == root)", false)]
    public void SetsWorkingDirectory_ReadsALine(string line, bool expected)
    {
        Assert.Equal(expected, SetsWorkingDirectory(line));
    }

    private static bool SetsWorkingDirectory(string line) => Setter().IsMatch(line);

    [GeneratedRegex(@"\bSetCurrentDirectory\s*\(|\bEnvironment\.CurrentDirectory\s*=(?!=)")]
    private static partial Regex Setter();
}
