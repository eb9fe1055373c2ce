using System.Diagnostics;

namespace PantryPilot.Cli.Tests.Support;

/// <summary>Runs the real `pantrypilot` binary as a new user would: a separate process, its exit code and output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    public static Task<Result> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null, int timeoutSeconds = 300) =>
        RunProgramAsync("pantrypilot", args, environment, workingDirectory, timeoutSeconds);

    /// <summary>Runs one of the built executables beside the tests (pantrypilot, pantrypilot-inference).</summary>
    public static async Task<Result> RunProgramAsync(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null, int timeoutSeconds = 300)
    {
        using var process = StartProgram(program, args, environment, workingDirectory);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the binary and returns the running process (standard output and error redirected), for tests
    /// that watch its output or kill it.</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null) =>
        StartProgram("pantrypilot", args, environment, workingDirectory);

    public static Process StartProgram(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null, bool redirectInput = false)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, program + ".dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A test must not pick up a developer's cluster, database or data root by accident.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("TEMPORAL_", StringComparison.Ordinal) || k == "PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES" || k == "PANTRYPILOT_DATA_ROOT").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment.Remove("DATABASE_URL");
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = "200";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
    }

    /// <summary>Runs `pantrypilot` with <paramref name="input"/> on its standard input (closed after it), as a pipe would.</summary>
    public static async Task<Result> RunWithInputAsync(IEnumerable<string> args, string input, int timeoutSeconds = 300, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = StartProgram("pantrypilot", args, environment, redirectInput: true);
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Reads a host's output until it has reported an unreachable server <paramref name="retries"/> times,
    /// then kills it: the stdout lines read, and everything it printed (stdout, then stderr).</summary>
    public static async Task<(List<string> Lines, string Output)> ReadUntilRetriedAsync(Process process, int retries, TimeSpan timeout)
    {
        var error = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (lines.Count(l => l.Contains("unreachable", StringComparison.Ordinal)) < retries
                   && await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
            {
                lines.Add(line);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        return (lines, string.Join('\n', lines) + await error);
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "pantrypilot-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string DatabaseUrl =>
        Environment.GetEnvironmentVariable("PANTRYPILOT_TEST_DATABASE_URL") ?? "postgres://pantrypilot:pantrypilot@127.0.0.1:5432/pantrypilot_test";
}
