namespace PantryPilot.Activities.Versioning;

/// <summary>Where snapshots are shared: a flat key space (<c>objects/aa/&lt;sha256&gt;</c>,
/// <c>snapshots/&lt;id&gt;.json</c>, <c>HEAD</c>) with stream uploads and downloads, so objects of any size never sit
/// in memory.</summary>
public interface IVersionRemote
{
    /// <summary>For messages: a path or <c>gs://bucket/prefix</c>.</summary>
    string Description { get; }

    Task<bool> ExistsAsync(string key, CancellationToken ct);

    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>, replacing what was there. The stream
    /// must be seekable so a retried upload can start again from the beginning.</summary>
    Task UploadAsync(string key, Stream content, CancellationToken ct);

    /// <summary>Writes the object into <paramref name="destination"/>; throws <see cref="VersioningException"/> when
    /// the key is absent.</summary>
    Task DownloadAsync(string key, Stream destination, CancellationToken ct);

    /// <summary>Every key that starts with <paramref name="prefix"/>.</summary>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken ct);
}
