namespace PantryPilot.Domain.Approval;

/// <summary>The HMAC keys of approval tokens: <see cref="Current"/> signs and verifies; <see cref="Previous"/> only
/// verifies, so links minted before a key rotation keep working until they expire. Keys are UTF-8 strings of at least
/// <see cref="MinLength"/> characters (32 bytes of entropy for HMAC-SHA256: <c>openssl rand -base64 48</c>).</summary>
public sealed class ApprovalKeys
{
    public const int MinLength = 32;

    public ApprovalKeys(string current, IEnumerable<string>? previous = null)
    {
        if (Problem(current) is { } problem)
        {
            throw new ArgumentException(problem, nameof(current));
        }

        Current = current;
        Previous = [.. (previous ?? []).Where(k => !string.IsNullOrEmpty(k))];
    }

    public string Current { get; }

    public IReadOnlyList<string> Previous { get; }

    public IEnumerable<string> All => [Current, .. Previous];

    /// <summary>Why a key cannot be used (without quoting it); null when it can.</summary>
    public static string? Problem(string? key) =>
        string.IsNullOrEmpty(key) ? "no signing key is set"
        : key.Length < MinLength
            ? $"the signing key is {key.Length} characters long; at least {MinLength} (e.g. openssl rand -base64 48)"
        : null;

    public override string ToString() => $"ApprovalKeys {{ current, {Previous.Count} previous }}";
}
