using Microsoft.Extensions.Options;
using PantryPilot.Domain.Approval;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Approval;

/// <summary>Mints the links of an approval request: for every approver on the allow-list, one "Approve as NAME" and one
/// "Refuse as NAME" link, each a token for that workflow and candidate that expires with the wait. Minted on the
/// notifier host when the message is rendered, so tokens reach the channel and nothing else (never workflow
/// history).</summary>
public sealed class ApprovalLinks(IOptions<ApprovalOptions> options, TimeProvider clock)
{
    public bool CanMint =>
        options.Value.IsConfigured
        && !string.IsNullOrEmpty(options.Value.LinkBaseUrl)
        && options.Value.ApproverList.Count > 0;

    public IReadOnlyList<NotificationLink> For(string workflowId, string entryId, DateTimeOffset deadline)
    {
        if (!CanMint || deadline <= clock.GetUtcNow())
        {
            return [];
        }

        var settings = options.Value;
        var keys = settings.Keys;
        return
        [
            .. settings.ApproverList.SelectMany(approver =>
                new[] { true, false }.Select(approve => new NotificationLink(
                    $"{(approve ? "Approve" : "Refuse")} as {approver}",
                    ApprovalLink.Build(
                        settings.LinkBaseUrl!,
                        ApprovalTokenCodec.Mint(
                            keys,
                            new ApprovalToken(
                                workflowId,
                                entryId,
                                approve,
                                approver,
                                deadline,
                                ApprovalTokenCodec.NewNonce()
                            )
                        )
                    )
                ))
            ),
        ];
    }
}
