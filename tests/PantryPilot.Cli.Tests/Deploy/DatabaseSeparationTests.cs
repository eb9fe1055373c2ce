using System.Diagnostics;
using PantryPilot.Cli.Tests.Support;

namespace PantryPilot.Cli.Tests.Deploy;

/// <summary>The test suite, the benchmarks and a user each get a database of their own from scripts/ensure-postgres.sh,
/// so a benchmark (which empties the tables), the tests and a user's `db load` never change each other's data.</summary>
public class DatabaseSeparationTests
{
    private static async Task<string> UrlAsync(string? purpose, string? database = null)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path };
        start.ArgumentList.Add(RepositoryRoot.File("scripts", "ensure-postgres.sh"));
        if (purpose is not null)
        {
            start.ArgumentList.Add(purpose);
        }

        start.ArgumentList.Add("--url-only");
        foreach (var name in new[] { "PANTRYPILOT_PG_DB", "PANTRYPILOT_PG_USER", "PANTRYPILOT_PG_PASSWORD", "PANTRYPILOT_PG_PORT" })
        {
            start.Environment.Remove(name);
        }

        if (database is not null)
        {
            start.Environment["PANTRYPILOT_PG_DB"] = database;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
        return output.Trim();
    }

    [Fact]
    public async Task EnsurePostgres_EachPurpose_HasADatabaseOfItsOwn()
    {
        Assert.Equal("postgres://pantrypilot:pantrypilot@127.0.0.1:5432/pantrypilot", await UrlAsync(null));
        Assert.Equal("postgres://pantrypilot:pantrypilot@127.0.0.1:5432/pantrypilot", await UrlAsync("user"));
        Assert.Equal("postgres://pantrypilot:pantrypilot@127.0.0.1:5432/pantrypilot_test", await UrlAsync("test"));
        Assert.Equal("postgres://pantrypilot:pantrypilot@127.0.0.1:5432/pantrypilot_bench", await UrlAsync("bench"));
        Assert.Equal("postgres://pantrypilot:pantrypilot@127.0.0.1:5432/pantrypilot_mine", await UrlAsync("test", "pantrypilot_mine"));
    }

    [Fact]
    public async Task TestSuite_UsesTheTestDatabase_AndBenchmarksNeverReadDatabaseUrl()
    {
        var testScript = await File.ReadAllTextAsync(RepositoryRoot.File("scripts", "test.sh"));
        Assert.Contains("bash scripts/ensure-postgres.sh test", testScript, StringComparison.Ordinal);

        // The fallback when PANTRYPILOT_TEST_DATABASE_URL is unset (a plain `dotnet test`) is the test database too.
        if (Environment.GetEnvironmentVariable("PANTRYPILOT_TEST_DATABASE_URL") is null)
        {
            Assert.Equal(await UrlAsync("test"), CliRunner.DatabaseUrl);
        }

        var readers = Directory.EnumerateFiles(RepositoryRoot.File("tests", "PantryPilot.Benchmarks"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("GetEnvironmentVariable(\"DATABASE_URL\")", StringComparison.Ordinal))
            .ToList();
        Assert.True(readers.Count == 0, "benchmarks reading the user's DATABASE_URL: " + string.Join(", ", readers));
    }
}
