namespace PantryPilot.Domain.Approval;

/// <summary>The chat button's link: <c>{base}/approve?token={token}</c>. The endpoint behind it verifies the token (the
/// verify-approval activity) before a decision reaches the workflow. Anyone who can read the link can use it until it
/// expires: send approval links only where approvers alone read them.</summary>
public static class ApprovalLink
{
    public const string Path = "approve";

    public const string TokenParameter = "token";

    public static string Build(string baseUrl, string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        var trimmed = baseUrl.TrimEnd('/');
        var endpoint = trimmed.EndsWith("/" + Path, StringComparison.Ordinal) ? trimmed : $"{trimmed}/{Path}";
        return $"{endpoint}?{TokenParameter}={Uri.EscapeDataString(token)}";
    }

    /// <summary>The token of a link, or the text itself when it is not a link (a pasted bare token).</summary>
    public static string TokenOf(string linkOrToken)
    {
        var text = (linkOrToken ?? string.Empty).Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Query.Length < 2)
        {
            return text;
        }

        foreach (var pair in uri.Query[1..].Split('&'))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at > 0 && pair[..at] == TokenParameter)
            {
                return Uri.UnescapeDataString(pair[(at + 1)..]);
            }
        }

        return text;
    }
}
