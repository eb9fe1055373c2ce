using System.Diagnostics;

namespace PantryPilot.Activities.Tests.Versioning;

/// <summary>Starts the Storage emulator once per test run with scripts/ensure-gcs-emulator.sh --no-install (nothing is
/// downloaded during tests; the script installs firebase-tools when run by hand or by CI before the tests).</summary>
public static class GcsEmulator
{
    private static readonly Lazy<(string? Host, string? Reason)> Started = new(Start);

    public static string? Host => Started.Value.Host;

    public static string? SkipReason => Started.Value.Reason;

    private static (string? Host, string? Reason) Start()
    {
        var existing = Environment.GetEnvironmentVariable("STORAGE_EMULATOR_HOST");
        if (!string.IsNullOrWhiteSpace(existing))
        {
            return (existing, null);
        }

        var root = AppContext.BaseDirectory;
        while (root is not null && !File.Exists(Path.Combine(root, "PantryPilot.sln")))
        {
            root = Path.GetDirectoryName(root);
        }

        if (root is null)
        {
            return (null, "GCS emulator tests skipped: repository root (PantryPilot.sln) not found");
        }

        var start = new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "ensure-gcs-emulator.sh"), "--no-install"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0 || lines.Length == 0)
        {
            var reason = $"GCS emulator tests skipped: scripts/ensure-gcs-emulator.sh failed ({stderr.Trim()})";
            Console.WriteLine(reason);
            return (null, reason);
        }

        return (lines[^1], null);
    }
}

/// <summary>A fact that runs only when the GCS emulator is up; otherwise it is skipped with the script's reason.</summary>
public sealed class GcsEmulatorFactAttribute : FactAttribute
{
    public GcsEmulatorFactAttribute()
    {
        if (GcsEmulator.Host is null)
        {
            Skip = GcsEmulator.SkipReason;
        }
    }
}
