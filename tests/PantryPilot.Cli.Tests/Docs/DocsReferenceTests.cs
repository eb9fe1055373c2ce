using System.Text.RegularExpressions;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Docs;

/// <summary>Docs file names in one casing (lower case, words joined by '-'), and every link or mention of a doc points
/// at a file that exists under exactly that name (case matters on Linux).</summary>
public partial class DocsReferenceTests
{
    private static readonly string[] Skipped = ["bin", "obj", "node_modules", ".git", "TestResults", "StrykerOutput", "artifacts"];

    [Fact]
    public void DocsFolder_FileNames_AreLowerCase()
    {
        var upper = Directory.EnumerateFiles(RepositoryRoot.File("docs"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f))
            .Where(f => Path.GetFileName(f) != Path.GetFileName(f).ToLowerInvariant() || Path.GetFileName(f).Contains('_', StringComparison.Ordinal))
            .ToList();

        Assert.True(upper.Count == 0, "docs names not in lower-case-with-dashes: " + string.Join(", ", upper));
    }

    [Fact]
    public void MarkdownLinks_PointAtFilesThatExist()
    {
        var broken = new List<string>();
        foreach (var file in Files("*.md"))
        {
            var dir = Path.GetDirectoryName(file)!;
            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(file)))
            {
                var target = link.Groups["target"].Value.Split('#', 2)[0];
                if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!ExistsExactly(Path.GetFullPath(Path.Combine(dir, Uri.UnescapeDataString(target)))))
                {
                    broken.Add($"{Path.GetRelativePath(RepositoryRoot.Path, file)}: ({link.Groups["target"].Value})");
                }
            }
        }

        Assert.True(broken.Count == 0, "links to files that do not exist:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void CodeAndDeployFiles_MentionOnlyDocsThatExist()
    {
        var broken = Files("*.cs").Concat(Files("*.yaml")).Concat(Files("*.sh")).Concat(Files("*.py"))
            .SelectMany(f => DocsMention().Matches(File.ReadAllText(f)).Select(m => (File: f, Doc: m.Value)))
            .Where(x => !ExistsExactly(RepositoryRoot.File(x.Doc.Split('/'))))
            .Select(x => $"{Path.GetRelativePath(RepositoryRoot.Path, x.File)}: {x.Doc}")
            .Distinct()
            .ToList();

        Assert.True(broken.Count == 0, "mentions of docs that do not exist:\n" + string.Join('\n', broken));
    }

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(RepositoryRoot.Path, pattern, SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(RepositoryRoot.Path, f).Split(Path.DirectorySeparatorChar).Any(Skipped.Contains));

    /// <summary>Exists with this exact spelling (every folder of it inside the repository too), even on a
    /// case-insensitive file system.</summary>
    private static bool ExistsExactly(string path)
    {
        path = path.TrimEnd(Path.DirectorySeparatorChar);
        if (path == RepositoryRoot.Path || !path.StartsWith(RepositoryRoot.Path + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Directory.Exists(path) || File.Exists(path);
        }

        var parent = Path.GetDirectoryName(path)!;
        var name = Path.GetFileName(path);
        return Directory.Exists(parent) && Directory.EnumerateFileSystemEntries(parent).Any(e => Path.GetFileName(e) == name) && ExistsExactly(parent);
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\bdocs/[A-Za-z0-9_./-]+\.md\b")]
    private static partial Regex DocsMention();
}
