using PantryPilot.Domain.Approval;

namespace PantryPilot.Activities.Approval;

/// <summary>Approval tokens' configuration (section <c>Approval</c>). <see cref="SigningKey"/> is the secret that makes
/// an approval trustworthy: only hosts that mint links (the notifier) and verify them (the approvals queue) hold
/// it.</summary>
public sealed class ApprovalOptions
{
    public const string Section = "Approval";

    public string? SigningKey { get; set; }

    /// <summary>Comma-separated keys that still verify (not sign) after a rotation.</summary>
    public string? PreviousSigningKeys { get; set; }

    /// <summary>Comma-separated names allowed to decide a promotion (compared trimmed, case-insensitively).</summary>
    public string? Approvers { get; set; }

    /// <summary>Base of approval links, e.g. https://pantrypilot.example.com; a link is
    /// &lt;base&gt;/approve?token=...</summary>
    public string? LinkBaseUrl { get; set; }

    public bool IsConfigured => !string.IsNullOrEmpty(SigningKey);

    public IReadOnlyList<string> ApproverList =>
        [
            .. (Approvers ?? string.Empty)
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(ApprovalTokenCodec.Normalise)
                .Distinct(StringComparer.Ordinal),
        ];

    public ApprovalKeys Keys =>
        new(
            SigningKey!,
            (PreviousSigningKeys ?? string.Empty).Split(
                ',',
                StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries
            )
        );

    public IEnumerable<string> Secrets =>
        [
            .. new[] { SigningKey }
                .Concat((PreviousSigningKeys ?? string.Empty).Split(',', StringSplitOptions.TrimEntries))
                .OfType<string>()
                .Where(s => s.Length > 0),
        ];

    /// <summary>Every problem, naming the key and never quoting a key.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!IsConfigured)
        {
            if (!string.IsNullOrWhiteSpace(Approvers) || !string.IsNullOrWhiteSpace(LinkBaseUrl))
            {
                problems.Add(
                    "Approval:SigningKey is not set, but Approval:Approvers or Approval:LinkBaseUrl is: approval " +
                    "links need the key"
                );
            }

            return problems;
        }

        if (ApprovalKeys.Problem(SigningKey) is { } key)
        {
            problems.Add($"Approval:SigningKey: {key}");
        }

        if (
            (PreviousSigningKeys ?? string.Empty)
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Any(k => k.Length < ApprovalKeys.MinLength)
        )
        {
            problems.Add(
                $"Approval:PreviousSigningKeys: every key must be at least {ApprovalKeys.MinLength} characters"
            );
        }

        if (ApproverList.Count == 0)
        {
            problems.Add(
                "Approval:Approvers is empty: name who may approve (comma-separated), or no token will ever verify"
            );
        }

        if (
            LinkBaseUrl is not null
            && (!Uri.TryCreate(LinkBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        )
        {
            problems.Add($"Approval:LinkBaseUrl '{LinkBaseUrl}' is not an absolute http(s) URL");
        }

        return problems;
    }

    public override string ToString() =>
        $"ApprovalOptions {{ key {(IsConfigured ? "set" : "not set")}, approvers {ApproverList.Count} }}";
}
