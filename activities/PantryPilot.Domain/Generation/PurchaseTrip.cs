namespace PantryPilot.Domain.Generation;

/// <summary>One shopping trip: every line bought by a household on one day.</summary>
internal struct PurchaseTrip
{
    public string TransactionId;
    public string Store;
    public string Payment;
    public string Channel;
    public string ReceiptSource;
    public int FirstLine;
    public int LineCount;
}
