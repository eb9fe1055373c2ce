namespace PantryPilot.Inference.Model;

/// <summary>Where the model lives: configuration, then PANTRYPILOT_MODEL_PATH, then ../shared/models/tiny-gpt2 beside
/// the repo.</summary>
public static class ModelPaths
{
    public const string EnvironmentVariable = "PANTRYPILOT_MODEL_PATH";

    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var root = FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(Directory.GetCurrentDirectory());
        if (root is not null)
        {
            return Path.GetFullPath(Path.Combine(root, "..", "shared", "models", "tiny-gpt2"));
        }

        throw new InvalidOperationException(
            $"no model path: set Inference:ModelPath or {EnvironmentVariable} to a folder with genai_config.json");
    }

    /// <summary>The folder holding PantryPilot.sln, walking up from <paramref name="start"/>.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PantryPilot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
