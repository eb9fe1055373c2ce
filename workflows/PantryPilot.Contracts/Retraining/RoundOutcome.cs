namespace PantryPilot.Contracts.Retraining;

/// <summary>How a retraining round ended. Every outcome but <see cref="Promoted"/> leaves the served model as it
/// was.</summary>
public enum RoundOutcome
{
    /// <summary>The round is still going (building, training, evaluating or waiting for approval).</summary>
    Running,

    /// <summary>The dataset build failed (the feedback store or the data folder did not answer).</summary>
    DatasetFailed,

    /// <summary>Every sample was filtered out, or too few were kept: nothing was trained.</summary>
    NothingToTrain,

    /// <summary>No trainer is configured on the host that took the train activity.</summary>
    NoTrainer,

    /// <summary>No host polled the model-training queue within the queue timeout.</summary>
    NoTrainerHost,

    /// <summary>The recipe-model run failed (trainer crashed past its retries, evaluation failed, ...).</summary>
    TrainingFailed,

    /// <summary>No trained checkpoint could be evaluated (e.g. no adapter loads): nothing to promote.</summary>
    NothingToPromote,

    /// <summary>The promotion gate refused the best checkpoint (below a floor or worse than what is served).</summary>
    GateRefused,

    /// <summary>An approver refused the promotion (a verified token).</summary>
    Refused,

    /// <summary>No verified decision arrived before the approval timeout.</summary>
    TimedOut,

    /// <summary>Promoted, and an inference worker serves it.</summary>
    Promoted,

    /// <summary>Promoted, but no inference worker could serve it: the registry was rolled back.</summary>
    RolledBack,
}
