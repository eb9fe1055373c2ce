using Temporalio.Common;

namespace PantryPilot.Contracts.DataPipeline;

/// <summary>The custom search attributes a pipeline run carries, so the Web UI can find "the run for 2026-11-24 that
/// failed validation" by query (<c>PantryAsOf = "2026-11-24" AND PantryOutcome = "validation-failed"</c>). They must
/// be registered once per namespace: <c>pantrypilot temporal setup</c>, or the <c>temporal operator
/// search-attribute create</c> lines in docs/temporal.md.</summary>
public static class PipelineSearchAttributes
{
    /// <summary>The run's day, yyyy-MM-dd.</summary>
    public static readonly SearchAttributeKey<string> AsOf = SearchAttributeKey.CreateKeyword("PantryAsOf");

    /// <summary>synthetic | postgres | csv.</summary>
    public static readonly SearchAttributeKey<string> Source = SearchAttributeKey.CreateKeyword("PantrySource");

    /// <summary>running | completed | validation-failed | failed | cancelled.</summary>
    public static readonly SearchAttributeKey<string> Outcome = SearchAttributeKey.CreateKeyword("PantryOutcome");

    public static readonly IReadOnlyList<SearchAttributeKey> All = [AsOf, Source, Outcome];

    /// <summary>The memo key holding the snapshot id of a completed run.</summary>
    public const string SnapshotMemo = "snapshot_id";
}
