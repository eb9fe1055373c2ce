using PantryPilot.Activities.Ingest;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Pipeline;

/// <summary>The warnings ingest recorded in the raw manifests (missing optional columns, unknown or misspelt
/// headers), gathered for the run report, the validation page and the console.</summary>
public static class RunWarnings
{
    public static async Task<IReadOnlyList<string>> ReadAsync(
        DataPaths paths,
        CancellationToken cancellationToken = default)
    {
        var warnings = new List<string>();
        foreach (var table in Enum.GetValues<DataTable>())
        {
            var manifest = paths.RawManifest(table);
            if (File.Exists(manifest))
            {
                warnings.AddRange((await RawManifest.ReadAsync(manifest, cancellationToken)).Warnings);
            }
        }

        return warnings;
    }
}
