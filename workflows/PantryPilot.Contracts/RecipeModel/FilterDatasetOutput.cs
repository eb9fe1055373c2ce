namespace PantryPilot.Contracts.RecipeModel;

/// <summary>What the filter did. Rows in = kept + removed always; every removed sample carries its reason.</summary>
public sealed record FilterDatasetOutput(
    string KeptPath,
    string RemovedPath,
    string StatsCsvPath,
    string ReportHtmlPath,
    string ChartPngPath,
    long SamplesIn,
    long Kept,
    long Removed,
    long PromptsRebuilt,
    IReadOnlyList<TagFilterStats> ByTag,
    IReadOnlyDictionary<string, long> RemovedByReason)
{
    public bool Conserved => SamplesIn == Kept + Removed;
}
