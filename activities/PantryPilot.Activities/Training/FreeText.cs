namespace PantryPilot.Activities.Training;

/// <summary>Free text that travels in a payload (a converter's last lines, an adapter's load error) is cut to a bounded
/// length: the full text is in the worker's log and the run's files, and the payload stays small whatever a tool
/// prints (docs/temporal.md "Limits").</summary>
public static class FreeText
{
    public const int MaxLength = 200;

    public static string Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength - 3), "...");
    }
}
