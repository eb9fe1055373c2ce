namespace PantryPilot.Contracts.Serving;

/// <summary>Pinned names of recipe serving: a queue of its own, so a household's request never waits behind
/// evaluation shards or teacher batches on <see cref="TaskQueues.Inference"/>. <c>pantrypilot-inference</c> polls
/// both.</summary>
public static class ServingNames
{
    public const string TaskQueue = "recipe-serving";

    public const string ServeActivity = "serve-recipe";

    /// <summary>What a worker of the serving queue serves, after it read the model registry once more.</summary>
    public const string ServedModelActivity = "serving.served-model";
}
