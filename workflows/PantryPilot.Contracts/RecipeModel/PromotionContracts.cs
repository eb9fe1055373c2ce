namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Pinned names of the promote stage and its approval.</summary>
public static class PromotionNames
{
    public const string PromoteActivity = "promote-model";

    public const string ApproveSignal = "approve-promotion";

    public const string ApproveUpdate = "decide-promotion";

    /// <summary>The workflow stops without promoting when the approval is refused or times out.</summary>
    public const string PromotionRefused = "PromotionRefused";

    public const string PromotionTimedOut = "PromotionTimedOut";
}

/// <summary>An entry of the model registry (the artifact store's <c>models/registry.json</c>).</summary>
/// <param name="Id">"&lt;run id&gt;/&lt;candidate&gt;", unique.</param>
/// <param name="AdapterPath">The adapter the inference pool loads; null serves the base model.</param>
public sealed record ModelRegistryEntry(
    string Id,
    string Name,
    string? AdapterPath,
    string DatasetSnapshotId,
    IReadOnlyDictionary<string, double> Metrics,
    DateTimeOffset RegisteredAt,
    string? ApprovedBy);

/// <param name="ArtifactRoot">The registry is <c>models/registry.json</c> under it.</param>
public sealed record PromoteInput(string ArtifactRoot, ModelRegistryEntry Entry);

/// <param name="Previous">The entry served before (rollback target).</param>
public sealed record PromoteOutput(string Promoted, string? Previous, string RegistryPath);

/// <summary>The approval signal/update: who decided, and whether the promotion goes ahead.</summary>
public sealed record PromotionDecision(bool Approve, string By, string? Comment = null);

/// <summary>Approval settings of a run: wait for a person, remind every so often, give up after a while.</summary>
public sealed record ApprovalSettings(bool Required = false, TimeSpan? ReminderEvery = null, TimeSpan? Timeout = null);
