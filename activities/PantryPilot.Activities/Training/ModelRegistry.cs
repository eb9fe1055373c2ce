using PantryPilot.Contracts.RecipeModel;
using Temporalio.Activities;

namespace PantryPilot.Activities.Training;

/// <summary>A registry operation that cannot be done (unknown id, nothing to roll back to).</summary>
public sealed class ModelRegistryException(string message) : Exception(message);

/// <summary>The model registry in the artifact store (<see cref="ModelRegistryDocument.RelativePath"/>): register,
/// promote, roll back. Each change rewrites the file atomically; the inference workers re-read it.</summary>
public sealed class ModelRegistry(string artifactRoot)
{
    private static readonly Lock Gate = new();

    public string Path { get; } = System.IO.Path.Combine(artifactRoot, ModelRegistryDocument.RelativePath);

    public ModelRegistryDocument Read() =>
        File.Exists(Path) ? ModelRegistryDocument.Parse(File.ReadAllText(Path), Path) : ModelRegistryDocument.Empty;

    /// <summary>Registers (or replaces, same id) an entry and promotes it. Promoting the entry already promoted is a
    /// no-op, so a retried activity does not push the history twice.</summary>
    public PromoteOutput RegisterAndPromote(ModelRegistryEntry entry) => Change(doc =>
    {
        var entries = doc.Entries.Where(e => e.Id != entry.Id).Append(entry).ToList();
        return Promote(doc with { Entries = entries }, entry.Id);
    });

    public PromoteOutput Promote(string id) => Change(doc =>
        doc.Entries.Any(e => e.Id == id) ? Promote(doc, id) : throw new ModelRegistryException($"no model '{id}' in {Path}; `pantrypilot model list` shows the ids"));

    /// <summary>Serves the model promoted before the current one again.</summary>
    public PromoteOutput Rollback() => Change(doc =>
    {
        if (doc.History.Count < 2)
        {
            throw new ModelRegistryException(doc.Promoted is null ? $"nothing is promoted in {Path}" : $"'{doc.Promoted}' is the only promotion in {Path}: nothing to roll back to");
        }

        var history = doc.History.Take(doc.History.Count - 1).ToList();
        return doc with { Promoted = history[^1], History = history };
    });

    private static ModelRegistryDocument Promote(ModelRegistryDocument doc, string id) =>
        doc.Promoted == id ? doc : doc with { Promoted = id, History = [.. doc.History, id] };

    private PromoteOutput Change(Func<ModelRegistryDocument, ModelRegistryDocument> change)
    {
        lock (Gate)
        {
            var before = Read();
            var after = change(before);
            AtomicFile.WriteAllText(Path, after.ToJson());
            return new PromoteOutput(after.Promoted!, before.Promoted == after.Promoted ? after.History.SkipLast(1).LastOrDefault() : before.Promoted, Path);
        }
    }
}

/// <summary>The promote-model activity: records the chosen model in the registry and promotes it.</summary>
/// <remarks>The registration time is stamped here (the workflow cannot read the clock); a retry keeps the first stamp.</remarks>
public class PromotionActivities : IPromotionActivities
{
    [Activity(PromotionNames.PromoteActivity)]
    public Task<PromoteOutput> PromoteAsync(PromoteInput input)
    {
        var registry = new ModelRegistry(input.ArtifactRoot);
        var entry = input.Entry;
        if (entry.RegisteredAt == default)
        {
            entry = entry with { RegisteredAt = registry.Read().Entries.FirstOrDefault(e => e.Id == entry.Id)?.RegisteredAt ?? DateTimeOffset.UtcNow };
        }

        return Task.FromResult(registry.RegisterAndPromote(entry));
    }
}
