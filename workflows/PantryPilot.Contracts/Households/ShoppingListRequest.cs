namespace PantryPilot.Contracts.Households;

/// <summary>Update <c>shopping-list</c>: what to buy for the next <paramref name="Days"/> days (1-60, default 7). It
/// reads the store and changes nothing, so it needs no request id.</summary>
public sealed record ShoppingListRequest(int Days = ShoppingListRequest.DefaultDays)
{
    public const int DefaultDays = 7;

    public const int MaxDays = 60;
}
