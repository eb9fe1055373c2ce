namespace PantryPilot.Activities.Versioning;

/// <summary>The layout of a remote, the same for every kind of remote.</summary>
public static class RemoteKeys
{
    public const string ObjectsPrefix = "objects/";

    public const string SnapshotsPrefix = "snapshots/";

    /// <summary>The last snapshot pushed, so `pull` without an id knows what to fetch.</summary>
    public const string Head = "HEAD";

    public static string Object(string hash) => ObjectsPrefix + ObjectStore.RelativeKey(hash);

    public static string Manifest(string id) => SnapshotsPrefix + id + ".json";

    /// <summary>The hash of an object key, or null for anything else stored under objects/.</summary>
    public static string? HashOf(string key)
    {
        var name = key[(key.LastIndexOf('/') + 1)..];
        return key.StartsWith(ObjectsPrefix, StringComparison.Ordinal) && ContentHash.IsValid(name) ? name : null;
    }
}
