using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace PantryPilot.Cli;

/// <summary>The one table of exit codes every `pantrypilot` command uses. Each code's description is the row of the
/// table in docs/data-quality.md ("Exit codes"): <see cref="MarkdownTable"/> writes it and a test holds the doc to it.
/// Commands return these names, never a number.</summary>
public static class ExitCodes
{
    [Description("done; every row accounted for")]
    public const int Ok = 0;

    [Description("unexpected internal error (a bug): one line on stderr, `PANTRYPILOT_DEBUG=1` for the stack trace")]
    public const int InternalError = 1;

    [Description("bad options or configuration, or input that cannot be read: a missing file, a folder given where a "
        + "file is expected, binary or not UTF-8 (the line is named), an unclosed quote, a required column missing, an "
        + "empty table without `--allow-empty`, a misspelt header under `--strict`, a data folder that cannot be "
        + "written (read-only), a sample file with no lines for `model filter`, a request file that cannot be read for "
        + "`eval compliance`, credentials PostgreSQL refuses; `data`: unknown snapshot, corrupt object; a workflow, "
        + "schedule or registry entry that does not exist")]
    public const int BadInput = 2;

    [Description("a check that must hold did not: rows lost (rows in ≠ rows out + quarantined); `eval compliance`: a "
        + "judge found a violation, a trap reached the model or a recipe, or a request line is invalid; `data "
        + "checkout`: refused to overwrite uncommitted files")]
    public const int DataLost = 3;

    [Description("stopped without a usable result: a suite failed under the stop policy; `data`: the version remote "
        + "is unavailable; `model filter`, `model run`: every sample removed; `eval compliance`: no recipe came back "
        + "to judge; `model approve`: the run did not accept the decision")]
    public const int Stopped = 4;

    [Description("a workflow with that id is already running")]
    public const int AlreadyRunning = 5;

    [Description("the Temporal server cannot be reached, from every command that connects (`pipeline start`, "
        + "`status`, `cancel`, `signal-new-data`, `run --temporal`; `schedule *`; `model start`, `status`, `cancel`, "
        + "`approve`; `temporal setup`); the message names the address")]
    public const int TemporalUnreachable = 6;

    [Description("the data folder is in use by another run (its lock names the holder)")]
    public const int FolderBusy = 7;

    [Description("PostgreSQL cannot be reached or failed a statement (`db`; `pipeline run --source postgres` once the "
        + "stage's retries are spent)")]
    public const int DatabaseError = 8;

    [Description("a promotion was asked for and did not happen: the promotion gate refused the candidate, or the "
        + "approval was refused or timed out")]
    public const int NotPromoted = 9;

    [Description("a notification reached none or only some of its channels (each channel's outcome is printed)")]
    public const int DeliveryFailed = 10;

    [Description("a command was interrupted (Ctrl-C or SIGTERM) before it finished; what it had not published is "
        + "removed. A worker (`pantrypilot worker`, `pantrypilot-inference`) is meant to be stopped that way: it stops "
        + "cleanly and exits 0")]
    public const int Cancelled = 130;

    [Description("a command did not stop within 90 s of Ctrl-C or SIGTERM and was ended by force (what a stage had "
        + "staged is removed by the next run on the folder)")]
    public const int EndedByForce = 143;

    /// <summary>Every code with its name and description, in ascending order.</summary>
    public static IReadOnlyList<(int Code, string Name, string Meaning)> All { get; } = typeof(ExitCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(int))
        .Select(
            f => (
                (int)f.GetRawConstantValue()!,
                f.Name,
                f.GetCustomAttribute<DescriptionAttribute>()?.Description ?? string.Empty))
        .OrderBy(c => c.Item1)
        .ToList();

    /// <summary>The table docs/data-quality.md shows, as Markdown.</summary>
    public static string MarkdownTable()
    {
        var table = new StringBuilder("| code | name | meaning |\n|---:|---|---|\n");
        foreach (var (code, name, meaning) in All)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {code} | `{name}` | {meaning} |\n");
        }

        return table.ToString();
    }
}
