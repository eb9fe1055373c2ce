using Microsoft.Extensions.Configuration;

namespace PantryPilot.Hosting;

/// <summary>Where a worker's data lives. Workflow payloads carry data locations (data folder, CSV sources, suites,
/// datasets) relative to this root, never a path of the machine that started the run; each worker resolves them
/// against its own root: PANTRYPILOT_DATA_ROOT, or the folder it was started in.</summary>
public sealed record DataRootOptions
{
    public const string Key = "PANTRYPILOT_DATA_ROOT";

    [ConfigurationKeyName(Key)]
    public string? Root { get; set; }

    public static DataRootOptions From(IConfiguration configuration)
    {
        var options = new DataRootOptions();
        configuration.Bind(options);
        options.Root = string.IsNullOrWhiteSpace(options.Root) ? null : options.Root.Trim();
        return options;
    }

    /// <summary>For worker hosts: makes the data root this process's working directory, so every relative location
    /// an activity receives (and every path derived from one) resolves under it; returns the root for the start line.
    /// Throws <see cref="DirectoryNotFoundException"/> naming the variable when the folder does not exist.</summary>
    public string Enter()
    {
        if (Root is null)
        {
            return Directory.GetCurrentDirectory();
        }

        var full = Path.GetFullPath(Root);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException(
                $"{Key} '{Root}' is not an existing folder (mount the shared data volume there, "
                + "or unset it to use the working directory)");
        }

        Directory.SetCurrentDirectory(full);
        return full;
    }
}
