namespace PantryPilot.Contracts.Retraining;

/// <summary>What the dataset build wrote. Feedback rows in = supervised samples + preference pairs + removed (each
/// with its reason in <see cref="RemovedPath"/>, the row verbatim) + ratings that are no sample (dislikes).</summary>
/// <param name="TrainFolder">The folder the trainer reads (train.jsonl, valid.jsonl of the chosen mode); null when
/// <see cref="Mode"/> is None.</param>
/// <param name="EvaluationPath">Chat-layout requests (one per kept prompt) the checkpoint evaluation reads.</param>
/// <param name="SnapshotId">The content-addressed snapshot of the dataset folder (lineage of every checkpoint).</param>
/// <param name="Marked">Feedback rows marked as seen by this round: they no longer count towards a threshold.</param>
/// <param name="Why">Why nothing is trained, when <see cref="Mode"/> is None.</param>
public sealed record FeedbackDatasetOutput(
    int Round,
    string DatasetDir,
    FeedbackTrainingMode Mode,
    string? TrainFolder,
    string SnapshotId,
    long FeedbackIn,
    long SupervisedTrain,
    long SupervisedValid,
    long PairsTrain,
    long PairsValid,
    long RatingsOnly,
    long Removed,
    IReadOnlyDictionary<string, long> RemovedByReason,
    string RemovedPath,
    string EvaluationPath,
    long EvaluationRequests,
    int Marked,
    string? Why)
{
    public long Supervised => SupervisedTrain + SupervisedValid;

    public long Pairs => PairsTrain + PairsValid;

    /// <summary>Rows in = rows out + removed: nothing lost without a count.</summary>
    public bool Conserved => FeedbackIn == Supervised + Pairs + Removed + RatingsOnly;

    /// <summary>Samples the chosen mode trains on.</summary>
    public long TrainSamples => Mode switch
    {
        FeedbackTrainingMode.Preference => PairsTrain,
        FeedbackTrainingMode.Supervised => SupervisedTrain,
        _ => 0,
    };
}
