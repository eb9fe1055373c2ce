using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PantryPilot.Contracts.Payloads;

namespace PantryPilot.Workflows.Households;

/// <summary>The identity of a request's payload: SHA-256 of the update name and the request as JSON (the payload
/// policy's form), so the same request sent again is recognised and a different one under the same id is not.</summary>
public static class RequestHash
{
    public static string Of<T>(string update, T request)
    {
        var json = JsonSerializer.Serialize(request, PayloadJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(update + "\n" + json)));
    }

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, PayloadJson.Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, PayloadJson.Options)
        ?? throw new InvalidOperationException($"remembered answer is not a {typeof(T).Name}");
}
