using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Pinned names of the promote stage and its approval.</summary>
public static class PromotionNames
{
    public const string PromoteActivity = "promote-model";

    /// <summary>Queries of RecipeModelWorkflow, pinned as the SDK once derived them from the property names.</summary>
    public const string ProgressQuery = "Progress";

    public const string PendingApprovalQuery = "PendingApproval";

    public const string ApproveSignal = "approve-promotion";

    public const string ApproveUpdate = "decide-promotion";

    /// <summary>The workflow stops without promoting when the approval is refused or times out.</summary>
    public const string PromotionRefused = "PromotionRefused";

    public const string PromotionTimedOut = "PromotionTimedOut";

    /// <summary>Error type of a decide-promotion update that passed validation but cannot count (a second decision
    /// in the same workflow task).</summary>
    public const string DecisionRejected = "PromotionDecisionRejected";
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
/// <param name="Approve">true: promote; false: refuse. Nullable so that a payload without it (a typo such as
/// <c>{"by": "ana", "decision": "yes"}</c>) is rejected as "no decision" instead of read as a refusal.</param>
/// <param name="Token">A signed approval token (or the approval link that carries it). A run whose approval requires
/// one (<see cref="ApprovalSettings.RequireToken"/>) lets a decision count only when the verify-approval activity found
/// the token valid; the decision and the approver are then the token's, not <paramref name="Approve"/> and
/// <paramref name="By"/>. Not written when null, so payloads without it stay as they were.</param>
public sealed record PromotionDecision(bool? Approve, string By, string? Comment = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Token = null);

/// <summary>Approval settings of a run: wait for a person, remind every so often, give up after a while.</summary>
/// <param name="RequireToken">True: a decision counts only with a signed approval token that verify-approval found
/// valid (docs/notifications.md). Null or false: the name in the decision is taken as it is (runs started before
/// tokens, and in-process runs where the operator decides at the terminal).</param>
public sealed record ApprovalSettings(bool Required = false, TimeSpan? ReminderEvery = null, TimeSpan? Timeout = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? RequireToken = null)
{
    public TimeSpan Reminder => ReminderEvery ?? TimeSpan.FromHours(4);

    public TimeSpan Wait => Timeout ?? TimeSpan.FromDays(3);
}

/// <summary>Part 3's options: promote the best checkpoint into the registry, optionally after a person
/// approves.</summary>
/// <param name="CheckpointsOnly">True: only a trained checkpoint may be promoted, never the base model (a retraining
/// round that trained nothing usable has nothing to ask approval for).</param>
public sealed record PromotionSettings(
    bool Enabled = true,
    ApprovalSettings? Approval = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? CheckpointsOnly = null);

/// <summary>What a run waiting for approval shows in its query.</summary>
public sealed record PendingApproval(string EntryId, string Candidate, double RawCompliance, double? ServedCompliance, string ReportPath, DateTime WaitingSince, DateTime Deadline, int RemindersSent);

/// <param name="Status">promoted | refused | timed-out | nothing-to-promote | disabled.</param>
public sealed record PromotionOutcome(string Status, string? EntryId, string? DecidedBy, string? Comment, PromoteOutput? Registry);

/// <summary>Part 2 of the flow's output: train → checkpoint-evaluate → promote.</summary>
public sealed record ModelTrainingOutput(TrainOutput Train, PrepareEvaluationSetOutput? EvaluationSet, CompareCheckpointsOutput? Comparison, PromotionOutcome Promotion);

/// <summary>The model registry file (<c>models/registry.json</c> in the artifact store): every registered model, the
/// one promoted (what the inference pool serves) and the promotions before it, newest last (rollback walks back).
/// One definition of the format for the promote activity, the CLI and the inference workers that watch it.</summary>
public sealed record ModelRegistryDocument(IReadOnlyList<ModelRegistryEntry> Entries, string? Promoted, IReadOnlyList<string> History)
{
    public const string RelativePath = "models/registry.json";

    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web) { WriteIndented = true };

    public static ModelRegistryDocument Empty { get; } = new([], null, []);

    public ModelRegistryEntry? PromotedEntry => Promoted is null ? null : Entries.FirstOrDefault(e => e.Id == Promoted);

    public static ModelRegistryDocument Parse(string json, string where)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<ModelRegistryDocument>(json, Json) ?? Empty;
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new InvalidDataException($"{where}: not a model registry ({ex.Message})", ex);
        }
    }

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, Json);
}
