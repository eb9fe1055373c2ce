using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PantryPilot.Activities.Versioning;

/// <param name="Path">Relative to the data directory, forward slashes (e.g. <c>raw/inventory.parquet</c>).</param>
public sealed record ManifestEntry(string Path, string Sha256, long Size);
