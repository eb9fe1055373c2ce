using PantryPilot.Cli;
using Spectre.Console;

namespace PantryPilot.Cli.Tests.Commands;

/// <summary>`pantrypilot data ...` run in-process, as a user would type it; output captured from Spectre.Console.</summary>
[Collection(nameof(ConsoleCapture))]
public sealed class DataCommandsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "pp-data-cli-" + Guid.NewGuid().ToString("N"));

    public DataCommandsTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "data", "raw"));
        Directory.CreateDirectory(Path.Combine(root, "data", "alerts"));
        var bytes = new byte[100_000];
        new Random(3).NextBytes(bytes);
        File.WriteAllBytes(DataFile("raw/inventory.parquet"), bytes);
        File.WriteAllText(DataFile("alerts/alerts.csv"), "user_id,item_id,kind\n1,2,expired\n");
    }

    private string DataDir => Path.Combine(root, "data");

    private string RemoteDir => Path.Combine(root, "remote");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Data_SnapshotPushPullCheckout_RestoresFilesInFreshDirectory()
    {
        var (snapshotCode, snapshotOut) = await RunAsync("data", "snapshot", "--data-dir", DataDir, "-m", "first");
        var (pushCode, _) = await RunAsync("data", "push", "--data-dir", DataDir, "--remote", RemoteDir);
        var fresh = Path.Combine(root, "fresh");
        var (pullCode, pullOut) = await RunAsync("data", "pull", "--data-dir", fresh, "--remote", RemoteDir);
        var id = File.ReadAllText(Path.Combine(DataDir, ".pantry", "HEAD")).Trim();
        var (checkoutCode, _) = await RunAsync("data", "checkout", id[..8], "--data-dir", fresh);
        var (logCode, logOut) = await RunAsync("data", "log", "--data-dir", DataDir);

        Assert.Equal([0, 0, 0, 0, 0], new[] { snapshotCode, pushCode, pullCode, checkoutCode, logCode });
        Assert.Contains(id, snapshotOut, StringComparison.Ordinal);
        Assert.Contains(id, pullOut, StringComparison.Ordinal);
        Assert.Contains("first", logOut, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(DataFile("raw/inventory.parquet")), File.ReadAllBytes(Path.Combine(fresh, "raw", "inventory.parquet")));
        Assert.Equal(File.ReadAllText(DataFile("alerts/alerts.csv")), File.ReadAllText(Path.Combine(fresh, "alerts", "alerts.csv")));
    }

    [Fact]
    public async Task DataCheckout_UnknownSnapshot_ClearErrorWithoutStackTrace()
    {
        await RunAsync("data", "snapshot", "--data-dir", DataDir);

        var (code, output) = await RunAsync("data", "checkout", "0123456789", "--data-dir", DataDir);

        Assert.Equal(2, code);
        Assert.Contains("unknown snapshot '0123456789'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataCheckout_UncommittedChange_RefusedUnlessForced()
    {
        await RunAsync("data", "snapshot", "--data-dir", DataDir, "-m", "first");
        var first = File.ReadAllText(Path.Combine(DataDir, ".pantry", "HEAD")).Trim();
        File.AppendAllText(DataFile("alerts/alerts.csv"), "3,4,low_stock\n");
        await RunAsync("data", "snapshot", "--data-dir", DataDir, "-m", "second");
        File.AppendAllText(DataFile("alerts/alerts.csv"), "5,6,expiring\n");

        var (refusedCode, refusedOut) = await RunAsync("data", "checkout", first, "--data-dir", DataDir);
        var keptUncommitted = File.ReadAllText(DataFile("alerts/alerts.csv")).Contains("expiring", StringComparison.Ordinal);
        var (forcedCode, _) = await RunAsync("data", "checkout", first, "--force", "--data-dir", DataDir);

        Assert.Equal(3, refusedCode);
        Assert.Contains("alerts/alerts.csv", refusedOut, StringComparison.Ordinal);
        Assert.True(keptUncommitted);
        Assert.Equal(0, forcedCode);
        Assert.Equal("user_id,item_id,kind\n1,2,expired\n", File.ReadAllText(DataFile("alerts/alerts.csv")));
    }

    [Fact]
    public async Task DataStatus_ModifiedFile_Listed()
    {
        await RunAsync("data", "snapshot", "--data-dir", DataDir);
        File.AppendAllText(DataFile("alerts/alerts.csv"), "9,9,expired\n");

        var (code, output) = await RunAsync("data", "status", "--data-dir", DataDir, "--remote", RemoteDir);

        Assert.Equal(0, code);
        Assert.Contains("modified", output, StringComparison.Ordinal);
        Assert.Contains("alerts/alerts.csv", output, StringComparison.Ordinal);
        Assert.Contains("not pushed", output, StringComparison.Ordinal);
    }

    private string DataFile(string relative) => Path.Combine(DataDir, relative);

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var writer = new StringWriter();
        var previous = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
        });
        AnsiConsole.Profile.Width = 200;
        try
        {
            var code = await PantryPilotCli.Build().Parse(args).InvokeAsync();
            return (code, writer.ToString());
        }
        finally
        {
            AnsiConsole.Console = previous;
        }
    }
}

/// <summary>Tests that swap the global Spectre console run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;
