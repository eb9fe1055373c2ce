using System.Diagnostics;
using System.Text;
using PantryPilot.Cli.Tests.Support;
using Xunit.Abstractions;

namespace PantryPilot.Cli.Tests.Commands;

/// <summary>Input that cannot be used is named for what it is, by the real executable: a read-only data folder (not
/// "busy", not an internal error), the line a non-UTF-8 byte is on (not "the header"), a folder given as a CSV file
/// (not "file not found"). Exit 2 each time, no .NET type names.</summary>
public class InputErrorTests(ITestOutputHelper output)
{
    private const int Nobody = 65534;

    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "original");

    [Fact]
    public async Task PipelineRun_ReadOnlyDataFolder_SaysItIsNotWritableNamingFolderAndPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only
        }

        var root = CliRunner.TempDir();
        var readOnly = Directory.CreateDirectory(Path.Combine(root, "ro")).FullName;
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            foreach (var (dataDir, permissions) in new[]
            {
                (readOnly, "the folder has permissions r-xr-xr-x"),
                (Path.Combine(readOnly, "data"), $"its parent {readOnly}, where it would be created, has permissions r-xr-xr-x"),
            })
            {
                if (await RunAsAnotherUserAsync(["pipeline", "run", "--data-dir", dataDir, "--users", "2"]) is not { } result)
                {
                    return;
                }

                Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}\n{result.All}");
                Assert.Contains($"{dataDir} is not writable (permission denied: {permissions} and this process runs as user '", result.Output, StringComparison.Ordinal);
                Assert.DoesNotContain("in use", result.All, StringComparison.Ordinal);
                Assert.DoesNotContain("internal", result.All, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", result.All, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task PipelineRunCsv_Latin1ByteOnLine151_NamesLine151()
    {
        var dir = CliRunner.TempDir();
        var inventory = Path.Combine(dir, "inventory.csv");
        var purchases = Path.Combine(Fixtures, "purchase_history.csv");
        var lines = File.ReadAllLines(Path.Combine(Fixtures, "inventory.csv"));
        using (var file = File.Create(inventory))
        {
            file.Write(Encoding.UTF8.GetBytes(lines[0] + "\n"));
            for (var i = 2; i <= 150; i++)
            {
                file.Write(Encoding.UTF8.GetBytes(lines[1 + ((i - 2) % (lines.Length - 1))] + "\n"));
            }

            // Line 151: a row whose item name a Latin-1 editor saved ("Café" with 0xE9).
            var row = lines[1];
            var comma = row.IndexOf(',', row.IndexOf(',', StringComparison.Ordinal) + 1);
            file.Write(Encoding.UTF8.GetBytes(row[..(comma + 1)] + "Caf"));
            file.WriteByte(0xE9);
            file.Write(Encoding.UTF8.GetBytes(row[row.IndexOf(',', comma + 1)..] + "\n"));
        }

        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", Path.Combine(dir, "data"), "--source", "csv", "--inventory-csv", inventory, "--purchases-csv", purchases]);

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}\n{result.All}");
        Assert.Contains("inventory.csv line 151 is not UTF-8: byte 0xE9", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("header", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PipelineRunCsv_FolderGivenAsInventoryCsv_SaysItIsAFolder()
    {
        var dir = CliRunner.TempDir();
        var folder = Directory.CreateDirectory(Path.Combine(dir, "exports")).FullName;

        var result = await CliRunner.RunAsync(["pipeline", "run", "--data-dir", Path.Combine(dir, "data"), "--source", "csv", "--inventory-csv", folder, "--purchases-csv", Path.Combine(Fixtures, "purchase_history.csv")]);

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}\n{result.All}");
        Assert.Contains($"{folder} is a folder, not a CSV file: give the inventory CSV file itself", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("not found", result.All, StringComparison.Ordinal);
    }

    /// <summary>Runs `pantrypilot` as a user without write access (root ignores file permissions): as is when this
    /// process is not root, through setpriv as nobody when it is. Null (and a note) when neither is possible.</summary>
    private async Task<CliRunner.Result?> RunAsAnotherUserAsync(string[] args)
    {
        var root = Environment.UserName == "root";
        if (!root)
        {
            return await CliRunner.RunAsync(args);
        }

        var setpriv = new[] { "/usr/bin/setpriv", "/bin/setpriv" }.FirstOrDefault(File.Exists);
        if (setpriv is null)
        {
            output.WriteLine("not run: the tests run as root and setpriv is not installed (root may write anywhere)");
            return null;
        }

        // A checkout under a private folder (mktemp -d is 0700) keeps user nobody from reaching the CLI at all.
        var closed = Ancestors(AppContext.BaseDirectory)
            .FirstOrDefault(d => !OperatingSystem.IsWindows() && !File.GetUnixFileMode(d).HasFlag(UnixFileMode.OtherExecute));
        if (closed is not null)
        {
            output.WriteLine($"not run: user nobody cannot enter {closed} to start the CLI from this checkout");
            return null;
        }

        var start = new ProcessStartInfo(setpriv)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var a in new[] { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--", "dotnet", Path.Combine(AppContext.BaseDirectory, "pantrypilot.dll") }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("TEMPORAL_ADDRESS");
        start.Environment.Remove("DATABASE_URL");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return new CliRunner.Result(process.ExitCode, await stdout, await stderr);
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var dir = new DirectoryInfo(path); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
