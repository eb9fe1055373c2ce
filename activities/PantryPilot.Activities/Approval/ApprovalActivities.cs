using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PantryPilot.Contracts.Approval;
using PantryPilot.Domain.Approval;
using Temporalio.Activities;

namespace PantryPilot.Activities.Approval;

/// <summary>verify-approval: checks a token against the run that waits and the allow-list configured on this host.
/// Deterministic given the clock, so a retry gives the same verdict (until the token expires). The token itself is
/// never logged or returned: the output carries the verdict, the approver and the decision.</summary>
public sealed class ApprovalActivities(
    IOptions<ApprovalOptions> options,
    TimeProvider clock,
    ILogger<ApprovalActivities> logger
) : IApprovalActivities
{
    [Activity(ApprovalNames.VerifyActivity)]
    public Task<VerifyApprovalOutput> VerifyAsync(VerifyApprovalInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            // A host without the key must not poll the approvals queue; if it does, it cannot vouch for anything.
            throw new InvalidOperationException(
                "Approval:SigningKey is not set on this host: it cannot verify approval tokens"
            );
        }

        var check = ApprovalTokenCodec.Verify(
            settings.Keys,
            ApprovalLink.TokenOf(input.Token),
            input.WorkflowId,
            input.EntryId,
            settings.ApproverList,
            clock.GetUtcNow()
        );
        var outcome = Enum.Parse<ApprovalOutcome>(check.Verdict.ToString());
        logger.LogInformation(
            "Approval token for {WorkflowId} / {EntryId}: {Outcome} ({Approver})",
            input.WorkflowId,
            input.EntryId,
            outcome,
            check.Token?.Approver ?? "unknown"
        );
        return Task.FromResult(
            new VerifyApprovalOutput(
                outcome,
                outcome == ApprovalOutcome.Valid ? check.Token!.Approve : null,
                check.Token?.Approver,
                check.Token?.ExpiresAt,
                check.Message
            )
        );
    }
}
