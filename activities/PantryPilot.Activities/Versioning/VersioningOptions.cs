using Microsoft.Extensions.Configuration;

namespace PantryPilot.Activities.Versioning;

/// <summary>Where snapshots are pushed: configuration key <c>Versioning:Remote</c> or env
/// <c>PANTRYPILOT_VERSION_REMOTE</c> (a directory or <c>gs://bucket/prefix</c>); unset means
/// <c>DATA_DIR/../pantry-remote</c>.</summary>
public sealed record VersioningOptions(string? Remote, string? EmulatorHost)
{
    public const string RemoteKey = "Versioning:Remote";
    public const string RemoteVariable = "PANTRYPILOT_VERSION_REMOTE";

    public static VersioningOptions From(IConfiguration configuration)
    {
        var remote = configuration[RemoteKey];
        if (string.IsNullOrWhiteSpace(remote))
        {
            remote = configuration[RemoteVariable];
        }

        return new(
            string.IsNullOrWhiteSpace(remote) ? null : remote.Trim(),
            configuration[GcsRemote.EmulatorHostVariable]);
    }
}
