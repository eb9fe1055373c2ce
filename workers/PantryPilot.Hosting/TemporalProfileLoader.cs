using Microsoft.Extensions.Configuration;
using Temporalio.Common.EnvConfig;
using K = PantryPilot.Hosting.TemporalOptions.Keys;

namespace PantryPilot.Hosting;

/// <summary>Reads the connection the Temporal CLI's way (<see cref="ClientEnvConfig"/>), from PantryPilot's
/// configuration: every <c>TEMPORAL_*</c> key of the environment or <c>pantrypilot.json</c> is handed to the SDK's
/// loader as its whole environment, so a key in the file means what the variable means, and tests configure it in
/// memory. The loader itself says nothing about a value it cannot use (a TLS flag that is not a boolean, a config file
/// that is not there): those are reported here, each naming its variable.</summary>
public static class TemporalProfileLoader
{
    public static (ClientEnvConfig.Profile Profile, string? ProfileName, IReadOnlyList<string> Problems) Load(
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var environment = configuration.AsEnumerable()
            .Where(kv => kv.Key.StartsWith("TEMPORAL_", StringComparison.Ordinal)
                && !kv.Key.Contains(':', StringComparison.Ordinal)
                && !string.IsNullOrWhiteSpace(kv.Value))
            .ToDictionary(kv => kv.Key, kv => kv.Value!.Trim(), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (old, now) in TemporalEnvironment.Renamed)
        {
            if (environment.ContainsKey(old))
            {
                problems.Add($"{old} is no longer read: set {now} (the Temporal CLI's name for it)");
            }
        }

        if (environment.TryGetValue(K.Tls, out var tls) && !bool.TryParse(tls, out _))
        {
            problems.Add($"{K.Tls} '{tls}' is not true or false");
        }

        if (environment.TryGetValue(K.ConfigFile, out var file) && !File.Exists(file))
        {
            problems.Add($"{K.ConfigFile} '{file}' does not exist (a temporal.toml with [profile.<name>] tables)");
        }

        var profileName = environment.GetValueOrDefault(K.Profile);
        try
        {
            var options = new ClientEnvConfig.ProfileLoadOptions { OverrideEnvVars = environment };
            var profile = ClientEnvConfig.Profile.Load(options);
            return (profile, profileName, problems);
        }
        catch (InvalidOperationException e)
        {
            var where = profileName is null ? "the Temporal config file" : $"{K.Profile} '{profileName}'";
            var reason = e.Message.Replace("Configuration loading error: ", string.Empty, StringComparison.Ordinal);
            problems.Add($"{where}: {reason}");
            return (new ClientEnvConfig.Profile(), profileName, problems);
        }
    }
}
