using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Heartbeats;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Promotion;
using Temporalio.Activities;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Training;

/// <summary>The model registry in the artifact store (<see cref="ModelRegistryDocument.RelativePath"/>): register,
/// promote, roll back. Each change rewrites the file atomically; the inference workers re-read it.
///
/// Changes are read-modify-write, so two at once (a workflow's promote and an operator's rollback, two hosts sharing
/// the store) would lose one. Each change therefore holds <c>models/.pantrypilot.lock</c>, the same exclusive-create
/// lock file with stale-holder detection that guards a data folder (<see cref="DataFolderLock"/>): of two processes or
/// two tasks exactly one changes the file at a time; a holder that is a dead process on this host is taken over (and
/// said so); a live holder, or one on another host, is waited for up to <paramref name="lockWait"/> (30 s), then
/// <see cref="ModelRegistryBusyException"/> names it. Reads need no lock: the file is replaced by a rename.</summary>
public sealed class ModelRegistry(string artifactRoot, TimeSpan? lockWait = null, Action<string>? onMessage = null)
{
    private readonly string modelsDir = System.IO.Path.GetDirectoryName(
        System.IO.Path.Combine(artifactRoot, ModelRegistryDocument.RelativePath))!;

    public string Path { get; } = System.IO.Path.Combine(artifactRoot, ModelRegistryDocument.RelativePath);

    /// <summary>The lock file a change holds.</summary>
    public string LockPath => DataFolderLock.PathOf(modelsDir);

    public ModelRegistryDocument Read() =>
        File.Exists(Path) ? ModelRegistryDocument.Parse(File.ReadAllText(Path), Path) : ModelRegistryDocument.Empty;

    /// <summary>Registers (or replaces, same id) an entry and promotes it. Promoting the entry already promoted is a
    /// no-op, so a retried activity does not push the history twice.</summary>
    public PromoteOutput RegisterAndPromote(ModelRegistryEntry entry) => Change(doc =>
    {
        var entries = doc.Entries.Where(e => e.Id != entry.Id).Append(entry).ToList();
        return Promote(doc with { Entries = entries }, entry.Id);
    });

    public PromoteOutput Promote(string id)
        => Change(
            doc => doc.Entries.Any(e => e.Id == id)
                ? Promote(doc, id)
                : throw new ModelRegistryException(
                    $"no model '{id}' in {Path}; `pantrypilot model list` shows the ids"));

    /// <summary>Serves the model promoted before the current one again.</summary>
    public PromoteOutput Rollback() => Change(doc =>
    {
        if (doc.History.Count < 2)
        {
            throw new ModelRegistryException(
                doc.Promoted is null
                    ? $"nothing is promoted in {Path}"
                    : $"'{doc.Promoted}' is the only promotion in {Path}: nothing to roll back to");
        }

        var history = doc.History.Take(doc.History.Count - 1).ToList();
        return doc with { Promoted = history[^1], History = history };
    });

    /// <summary>Stops serving <paramref name="from"/>: the promotion before it is served again, or the base model when
    /// there was none. Nothing changes when <paramref name="from"/> is no longer the promoted entry, so a retried
    /// rollback never walks back twice.</summary>
    public (bool Changed, string? Promoted) Withdraw(string from)
    {
        using var held = AcquireLock();
        var before = Read();
        if (before.Promoted != from)
        {
            return (false, before.Promoted);
        }

        var history = before.History.Take(before.History.Count - 1).ToList();
        var after = before with { Promoted = history.LastOrDefault(), History = history };
        AtomicFile.WriteAllText(Path, after.ToJson());
        return (true, after.Promoted);
    }

    private static ModelRegistryDocument Promote(ModelRegistryDocument doc, string id) =>
        doc.Promoted == id ? doc : doc with { Promoted = id, History = [.. doc.History, id] };

    private PromoteOutput Change(Func<ModelRegistryDocument, ModelRegistryDocument> change)
    {
        using var held = AcquireLock();
        var before = Read();
        var after = change(before);
        AtomicFile.WriteAllText(Path, after.ToJson());
        return new PromoteOutput(
            after.Promoted!,
            before.Promoted == after.Promoted ? after.History.SkipLast(1).LastOrDefault() : before.Promoted,
            Path);
    }

    private DataFolderLock AcquireLock()
    {
        var wait = lockWait ?? TimeSpan.FromSeconds(30);
        var deadline = DateTime.UtcNow + wait;
        // A holder id of its own per change: two tasks of one process must not release each other's lock.
        var me = $"model-registry-change-{Guid.NewGuid():N}";
        while (true)
        {
            try
            {
                return DataFolderLock.Acquire(modelsDir, me, onMessage);
            }
            catch (DataFolderBusyException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(Random.Shared.Next(10, 60));
            }
            catch (DataFolderBusyException)
            {
                var holder = DataFolderLock.Read(LockPath);
                var changer = holder is null
                    ? "another process"
                    : $"{holder.RunId} (process {holder.Pid} on {holder.Host}, since {holder.StartedAt})";
                throw new ModelRegistryBusyException(
                    $"{Path}: the registry is being changed by {changer} and its lock {LockPath} was not released "
                    + $"within {wait.TotalSeconds:0.#} s; try again, or remove the lock file if that process is gone "
                    + "from another host");
            }
        }
    }
}
