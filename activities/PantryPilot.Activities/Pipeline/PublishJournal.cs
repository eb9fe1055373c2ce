namespace PantryPilot.Activities.Pipeline;

/// <summary>What a publish decided before its first rename (<see cref="RunPublisher"/>): the data directory, the run's
/// staging folder, and the output folders the run produced (the others are removed from the data directory).</summary>
public sealed record PublishJournal(string Root, string Staging, IReadOnlyList<string> Fresh);
