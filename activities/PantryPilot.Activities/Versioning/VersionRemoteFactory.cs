namespace PantryPilot.Activities.Versioning;

/// <summary>Builds the remote for a data directory: an explicit override, else the configured one, else the default
/// directory beside the data directory. The data directory travels per run, so the remote is resolved per
/// call.</summary>
public sealed class VersionRemoteFactory(VersioningOptions options)
{
    public const string DefaultRemoteFolder = "pantry-remote";

    public static string DefaultLocation(string dataDir)
        => Path.GetFullPath(Path.Combine(dataDir, "..", DefaultRemoteFolder));

    public IVersionRemote Create(string dataDir, string? overrideRemote = null)
    {
        var spec = string.IsNullOrWhiteSpace(overrideRemote) ? options.Remote : overrideRemote.Trim();
        if (spec is null)
        {
            return new LocalDirectoryRemote(DefaultLocation(dataDir));
        }

        return spec.StartsWith("gs://", StringComparison.OrdinalIgnoreCase)
            ? GcsRemote.Create(spec, options.EmulatorHost)
            : new LocalDirectoryRemote(spec);
    }
}
