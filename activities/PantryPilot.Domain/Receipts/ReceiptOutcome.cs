namespace PantryPilot.Domain.Receipts;

/// <summary>What became of a receipt as a whole.</summary>
public enum ReceiptOutcome
{
    /// <summary>It reconciled and at least one line became a purchase.</summary>
    Applied,

    /// <summary>It reconciled, but no line is a grocery of the household's (a café receipt).</summary>
    NothingToApply,

    /// <summary>It could not be read or does not reconcile: set aside whole, nothing applied.</summary>
    SetAside,
}
