namespace PantryPilot.Cli.Tests.Support;

/// <summary>The repository checkout the tests were built from (the folder holding PantryPilot.sln).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "PantryPilot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PantryPilot.sln not found above the test output");
    }
}
