namespace PantryPilot.Contracts.RecipeModel;

/// <summary>A run as every activity sees it: the workflow input plus what the workflow resolved (name,
/// folder).</summary>
/// <param name="DatasetDir">DataDir/DatasetName: raw/ (batches), processed/ (filter, split), reports/ and .pantry/
/// (versions).</param>
public sealed record RecipeModelRun(string RunId, string DatasetName, string DatasetDir, RecipeModelInput Input)
{
    public static RecipeModelRun From(RecipeModelInput input, string datasetName) =>
        new(RecipeModelDefaults.WorkflowId(datasetName), datasetName, Path.Combine(input.DataDir, datasetName), input);

    public TeacherOptions Teacher => Input.Teacher ?? new();

    public FilterOptions Filter => Input.Filter ?? new();

    public SplitOptions Split => Input.Split ?? new();

    public IReadOnlyDictionary<string, double> TagMix => Input.TagMix ?? RecipeModelDefaults.TagMix;
}
