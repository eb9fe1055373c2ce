namespace PantryPilot.Activities.Versioning;

/// <summary>What a checkout changed in the working tree.</summary>
public sealed record CheckoutResult(string SnapshotId, int Restored, int Removed, int Unchanged);
