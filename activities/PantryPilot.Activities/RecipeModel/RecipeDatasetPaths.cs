namespace PantryPilot.Activities.RecipeModel;

/// <summary>Where a recipe-model dataset keeps its files. raw/ and processed/ are versioned (DatasetRepository);
/// reports/ holds what people look at.</summary>
public static class RecipeDatasetPaths
{
    public static string Batch(string datasetDir, int index)
        => Domain.RecipeModel.SampleBatchWriter.BatchPath(datasetDir, index);

    /// <summary>The batch's counts, written before the batch file itself: a batch file that exists has its
    /// sidecar.</summary>
    public static string BatchStats(string datasetDir, int index)
        => Domain.RecipeModel.SampleBatchWriter.StatsPath(Batch(datasetDir, index));

    public static string FilterDir(string datasetDir) => Path.Combine(datasetDir, "processed", "filter");

    public static string SplitDir(string datasetDir) => Path.Combine(datasetDir, "processed", "split");

    public static string ReportsDir(string datasetDir) => Path.Combine(datasetDir, "reports");
}
