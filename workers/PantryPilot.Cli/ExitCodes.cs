namespace PantryPilot.Cli;

/// <summary>The one table of exit codes every `pantrypilot` command uses (docs/data-quality.md, "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>Done; every row accounted for.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected internal error (a bug): one line on stderr, PANTRYPILOT_DEBUG=1 for the stack trace.</summary>
    public const int InternalError = 1;

    /// <summary>Bad options, or input that cannot be read at all (missing file, binary, not UTF-8, an unclosed quote,
    /// a required column missing, an empty source table without --allow-empty, a misspelt header under --strict).</summary>
    public const int BadInput = 2;

    /// <summary>Rows were lost (rows in ≠ rows out + rows quarantined), or a versioning command refused to overwrite uncommitted files.</summary>
    public const int DataLost = 3;

    /// <summary>A suite failed under the stop policy, the version remote is unavailable, or `model filter` removed every sample.</summary>
    public const int Stopped = 4;

    /// <summary>A workflow with that id is already running.</summary>
    public const int AlreadyRunning = 5;

    /// <summary>The Temporal server cannot be reached.</summary>
    public const int TemporalUnreachable = 6;

    /// <summary>The data folder is in use by another run (its lock names the holder).</summary>
    public const int FolderBusy = 7;

    /// <summary>PostgreSQL refused or is unreachable.</summary>
    public const int DatabaseError = 8;

    /// <summary>A promotion was asked for and did not happen: the promotion gate refused the candidate, or the approval
    /// was refused or timed out.</summary>
    public const int NotPromoted = 9;

    /// <summary>A notification reached none or only some of its channels (each channel's outcome is printed).</summary>
    public const int DeliveryFailed = 10;

    /// <summary>Cancelled (Ctrl-C).</summary>
    public const int Cancelled = 130;
}
