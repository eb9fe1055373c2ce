using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PantryPilot.Domain.Approval;

/// <summary>Mints and checks approval tokens: <c>v1.&lt;payload&gt;.&lt;signature&gt;</c>, where payload is the
/// base64url JSON of the token's fields and signature the base64url HMAC-SHA256, under the signing key, of
/// <c>v1.&lt;payload&gt;</c>. Only a holder of the key can make a token that verifies; changing any field breaks the
/// signature. Checked in this order, each failure its own verdict: shape, signature (constant-time, every key of
/// <see cref="ApprovalKeys"/>), expiry, workflow, candidate, approver on the allow-list.</summary>
public static class ApprovalTokenCodec
{
    public const string Version = "v1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Mint(ApprovalKeys keys, ApprovalToken token)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(token);
        var payload = new Payload(
            token.WorkflowId,
            token.EntryId,
            token.Approve ? "approve" : "refuse",
            token.Approver,
            token.ExpiresAt.ToUnixTimeSeconds(),
            token.Nonce
        );
        var body = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, Json));
        return $"{Version}.{body}.{Signature(keys.Current, body)}";
    }

    /// <summary>A fresh random nonce (128 bits, base64url).</summary>
    public static string NewNonce() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static ApprovalVerification Verify(
        ApprovalKeys keys,
        string? text,
        string workflowId,
        string entryId,
        IReadOnlyCollection<string> approvers,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(approvers);
        var parts = (text ?? string.Empty).Trim().Split('.');
        if (parts.Length != 3 || parts[0] != Version || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return new(
                ApprovalVerdict.Malformed,
                null,
                $"not an approval token: expected {Version}.<payload>.<signature>"
            );
        }

        byte[] given;
        try
        {
            given = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            return new(ApprovalVerdict.Malformed, null, "not an approval token: its signature is not base64url");
        }

        if (!keys.All.Any(key => CryptographicOperations.FixedTimeEquals(Hmac(key, parts[1]), given)))
        {
            return new(
                ApprovalVerdict.Forged,
                null,
                "the token's signature does not match: it was not minted with this deployment's key, or it was altered"
            );
        }

        ApprovalToken token;
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(parts[1]), Json);
            token = payload?.ToToken() ?? throw new JsonException("empty payload");
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            return new(ApprovalVerdict.Malformed, null, "the token is signed but its payload cannot be read");
        }

        if (now >= token.ExpiresAt)
        {
            return new(ApprovalVerdict.Expired, token, $"the link expired at {token.ExpiresAt:u}; ask for a new one");
        }

        if (!string.Equals(token.WorkflowId, workflowId, StringComparison.Ordinal))
        {
            return new(
                ApprovalVerdict.WrongWorkflow,
                token,
                $"the token was made for workflow {token.WorkflowId}, not {workflowId}"
            );
        }

        if (!string.Equals(token.EntryId, entryId, StringComparison.Ordinal))
        {
            return new(
                ApprovalVerdict.WrongCandidate,
                token,
                $"the token was made for candidate {token.EntryId}; the run waits for {entryId}"
            );
        }

        if (!approvers.Contains(Normalise(token.Approver), StringComparer.Ordinal))
        {
            return new(
                ApprovalVerdict.NotAnApprover,
                token,
                $"{token.Approver} is not on the approvers' allow-list (Approval:Approvers)"
            );
        }

        return new(ApprovalVerdict.Valid, token, $"{(token.Approve ? "approved" : "refused")} by {token.Approver}");
    }

    /// <summary>The payload of a token as it claims to be, WITHOUT checking its signature: only to learn which run
    /// and candidate to verify it against (an endpoint routing a clicked link). Never trust it for anything else;
    /// <see cref="Verify"/> decides. Null when it is not a readable token.</summary>
    public static ApprovalToken? PeekUnverified(string? text)
    {
        var parts = (text ?? string.Empty).Trim().Split('.');
        if (parts.Length != 3 || parts[0] != Version || parts[1].Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(parts[1]), Json)?.ToToken();
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>How approver names compare: trimmed, case-insensitive (lower-case invariant).</summary>
    public static string Normalise(string approver) => (approver ?? string.Empty).Trim().ToLowerInvariant();

    private static string Signature(string key, string body) => Base64Url.EncodeToString(Hmac(key, body));

    private static byte[] Hmac(string key, string body) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes($"{Version}.{body}"));

    private sealed record Payload(
        string WorkflowId,
        string EntryId,
        string Decision,
        string Approver,
        long Expires,
        string Nonce
    )
    {
        public ApprovalToken ToToken()
        {
            if (
                string.IsNullOrEmpty(WorkflowId)
                || string.IsNullOrEmpty(EntryId)
                || string.IsNullOrEmpty(Approver)
                || string.IsNullOrEmpty(Nonce)
            )
            {
                throw new FormatException("a field is missing");
            }

            var approve = Decision switch
            {
                "approve" => true,
                "refuse" => false,
                _ => throw new FormatException($"decision '{Decision}'"),
            };
            return new ApprovalToken(
                WorkflowId,
                EntryId,
                approve,
                Approver,
                DateTimeOffset.FromUnixTimeSeconds(Expires),
                Nonce
            );
        }
    }
}
