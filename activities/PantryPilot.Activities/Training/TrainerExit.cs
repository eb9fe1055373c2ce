using System.Diagnostics;

namespace PantryPilot.Activities.Training;

/// <summary>How one trainer process ended.</summary>
public sealed record TrainerExit(int ExitCode, IReadOnlyList<string> Tail, TimeSpan Elapsed);
