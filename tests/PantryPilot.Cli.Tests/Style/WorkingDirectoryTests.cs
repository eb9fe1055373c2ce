using System.Text.RegularExpressions;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Style;

/// <summary>No product code changes the process's working directory: the data root is handed to the activities
/// (<c>DataRoot</c>), so a second root in the same process, or anything else that moves the working directory, cannot
/// make an activity open another folder's files.</summary>
public partial class WorkingDirectoryTests
{
    /// <summary>The folders that hold product code.</summary>
    private static readonly string[] ProductFolders = ["activities", "workflows", "workers", "inference-worker"];

    [Fact]
    public void ProductSources_NeverSetTheWorkingDirectory()
    {
        var files = ProductFiles().ToList();
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

    /// <summary>Product .cs files as repository-relative paths, build output excluded.</summary>
    private static IEnumerable<string> ProductFiles()
    {
        var separator = Path.DirectorySeparatorChar;
        return ProductFolders
            .SelectMany(folder => Directory.EnumerateFiles(
                RepositoryRoot.File(folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f));
    }
}
