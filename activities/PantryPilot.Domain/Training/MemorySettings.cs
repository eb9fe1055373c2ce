namespace PantryPilot.Domain.Training;

/// <summary>The memory-relevant settings of an attempt.</summary>
public sealed record MemorySettings(int MaxSeqLength, int BatchSize, int GradAccumulation);
