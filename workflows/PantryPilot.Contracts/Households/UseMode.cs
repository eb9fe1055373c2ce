namespace PantryPilot.Contracts.Households;

/// <summary>How amounts are taken from stock.</summary>
public enum UseMode
{
    /// <summary>consume, discard: every line in full, or nothing changes.</summary>
    AllOrNothing,

    /// <summary>cook: what is there, never below zero; the rest is reported missing.</summary>
    UpToZero,
}
