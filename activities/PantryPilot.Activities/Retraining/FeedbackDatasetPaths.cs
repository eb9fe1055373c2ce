namespace PantryPilot.Activities.Retraining;

/// <summary>The files of a feedback dataset (<c>&lt;data dir&gt;/feedback-NNNN/</c>, its own versioned
/// repository).</summary>
public sealed record FeedbackDatasetPaths(string DatasetDir)
{
    public string Preference => Path.Combine(DatasetDir, "preference");

    public string Supervised => Path.Combine(DatasetDir, "supervised");

    /// <summary>Chat-layout requests the checkpoint evaluation reads: every kept prompt with the answer households
    /// approved of.</summary>
    public string Evaluation => Path.Combine(DatasetDir, "evaluation", "requests.jsonl");

    public string Removed => Path.Combine(DatasetDir, "removed.jsonl");

    public string Lineage => Path.Combine(DatasetDir, "lineage.jsonl");
}
