namespace PantryPilot.Contracts.Households;

/// <summary>A request the workflow answered lately: the same id and payload get <paramref name="ResultJson"/> again,
/// the same id with another payload is refused. Older ids are still checked by the database.</summary>
/// <param name="PayloadHash">SHA-256 of the update name and the request's JSON.</param>
public sealed record RecentRequest(string RequestId, string Update, string PayloadHash, string ResultJson);
