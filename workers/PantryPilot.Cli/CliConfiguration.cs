using Microsoft.Extensions.Configuration;

namespace PantryPilot.Cli;

/// <summary>Configuration for every command: appsettings.json (optional, beside the binary or in the working
/// directory), then environment variables (DATABASE_URL, TEMPORAL_ADDRESS, PANTRYPILOT__...).</summary>
public static class CliConfiguration
{
    public static IConfiguration Load() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "pantrypilot.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();
}
