using System.Diagnostics;

namespace PantryPilot.Activities.Training;

/// <summary>Runs one trainer process: arguments passed as a list (no shell), stdout and stderr read line by line,
/// and on cancellation the whole process tree killed (data-loader children included) before returning.</summary>
public static class TrainerProcess
{
    /// <summary>The program as a runnable path: an explicit path must exist; a bare name is looked up on PATH.
    /// Null when it cannot be found.</summary>
    public static string? Resolve(string program)
    {
        if (program.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? Path.GetFullPath(program) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static async Task<TrainerExit> RunAsync(
        string program,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        int tailLines,
        Action<string> onLine,
        Action<int>? onStarted,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Python block-buffers stdout into a pipe: without this, progress would arrive only when the trainer exits.
        start.Environment["PYTHONUNBUFFERED"] = "1";
        var tail = new Queue<string>(tailLines);
        var gate = new object();
        void Line(string line)
        {
            lock (gate)
            {
                if (tail.Count == tailLines)
                {
                    tail.Dequeue();
                }

                tail.Enqueue(line);
                onLine(line);
            }
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start '{program}'");
        onStarted?.Invoke(process.Id);
        var stdout = PumpAsync(process.StandardOutput, Line);
        var stderr = PumpAsync(process.StandardError, Line);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw;
        }

        await Task.WhenAll(stdout, stderr);
        lock (gate)
        {
            return new TrainerExit(process.ExitCode, tail.ToList(), stopwatch.Elapsed);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        // Wait (bounded) so no trainer is still writing checkpoints when cancellation is acknowledged.
        process.WaitForExit(TimeSpan.FromSeconds(30));
    }

    private static async Task PumpAsync(StreamReader reader, Action<string> onLine)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            onLine(line);
        }
    }
}
