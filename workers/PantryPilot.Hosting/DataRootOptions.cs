using Microsoft.Extensions.Configuration;

namespace PantryPilot.Hosting;

/// <summary>Where a worker's data lives. Workflow payloads carry data locations (data folder, CSV sources, suites,
/// datasets) relative to this root, never a path of the machine that started the run; each worker resolves them
/// against its own root: PANTRYPILOT_DATA_ROOT, or the folder it was started in. The worker hosts hand the root to
/// their activities (a <c>DataRoot</c> in DI); nothing changes the process's working directory.</summary>
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

    /// <summary>For worker hosts, once at start: the data root as a full path (the working directory when
    /// <see cref="Root"/> is unset). Throws <see cref="DirectoryNotFoundException"/> naming the variable when the
    /// folder does not exist, so a worker never starts on a root it cannot use.</summary>
    public string FullRoot()
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

        return full;
    }
}
