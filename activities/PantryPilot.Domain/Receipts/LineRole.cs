namespace PantryPilot.Domain.Receipts;

/// <summary>What a line does to the money on a receipt.</summary>
public enum LineRole
{
    /// <summary>Something bought.</summary>
    Item,

    /// <summary>Cancels (part of) an earlier line of the same name: "VOID ...", or a count of -1.</summary>
    Void,

    /// <summary>Money off: "DISC MEMBER", "DISKON".</summary>
    Discount,

    /// <summary>A negative line that cancels no line and is no discount (a refund, a correction).</summary>
    Refund,
}
