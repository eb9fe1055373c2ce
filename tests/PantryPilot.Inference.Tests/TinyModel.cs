using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;

namespace PantryPilot.Inference.Tests;

/// <summary>The tiny test model (../shared/models/tiny-gpt2 beside the repo root; PANTRYPILOT_MODEL_PATH overrides),
/// loaded once for the test run on CPU.</summary>
public sealed class TinyModelFixture : IDisposable
{
    public TinyModelFixture()
    {
        Options = TinyModel.Options();
        Host = RecipeModelHost.Load(Options);
    }

    public InferenceOptions Options { get; }

    public RecipeModelHost Host { get; }

    public void Dispose() => Host.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TinyModelCollection : ICollectionFixture<TinyModelFixture>
{
    public const string Name = "tiny model";
}

public static class TinyModel
{
    public static string Path()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(ModelPaths.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var root = ModelPaths.FindRepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("PantryPilot.sln not found above " + AppContext.BaseDirectory);
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "models", "tiny-gpt2"));
    }

    public static InferenceOptions Options(string provider = "cpu") => new()
    {
        ModelPath = Path(),
        Provider = provider,
        MaxConcurrentActivities = 2,
        DefaultMaxTokens = 24,
        HeartbeatEveryTokens = 4,
        MaxAttempts = 3,
    };
}
