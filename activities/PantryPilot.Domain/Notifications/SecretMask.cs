namespace PantryPilot.Domain.Notifications;

/// <summary>Replaces every configured secret (webhook URLs and their paths, signing keys, passwords) by <c>***</c> in a
/// text before it reaches a log, an exception or an activity result. Secrets shorter than <see cref="MinLength"/> are
/// not masked (they would mask ordinary words); configuration refuses such keys anyway.</summary>
public sealed class SecretMask
{
    public const int MinLength = 8;

    public const string Mask = "***";

    private readonly string[] secrets;

    public SecretMask(IEnumerable<string?> secrets) =>
        this.secrets = [
            .. secrets
                .OfType<string>()
                .Where(s => s.Length >= MinLength)
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(s => s.Length),
        ];

    public static SecretMask None { get; } = new([]);

    /// <summary>The secrets of a URL: the whole URL, and its path and query (where a webhook's token lives).</summary>
    public static IEnumerable<string> OfUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            yield break;
        }

        yield return url;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.PathAndQuery.Length >= MinLength)
        {
            yield return uri.PathAndQuery;
            yield return Uri.EscapeDataString(url);
        }
    }

    public string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
