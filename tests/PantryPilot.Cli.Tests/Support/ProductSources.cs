namespace PantryPilot.Cli.Tests.Support;

/// <summary>The product's C# sources, for the style tests that read them as text.</summary>
public static class ProductSources
{
    /// <summary>The folders that hold product code; tests/ has its own conventions.</summary>
    public static readonly IReadOnlyList<string> Folders = ["activities", "workflows", "workers", "inference-worker"];

    /// <summary>Product .cs files as repository-relative paths with forward slashes, build output excluded.</summary>
    public static IEnumerable<string> Files()
    {
        var separator = Path.DirectorySeparatorChar;
        return Folders
            .SelectMany(folder => Directory.EnumerateFiles(
                RepositoryRoot.File(folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f).Replace(separator, '/'));
    }
}
