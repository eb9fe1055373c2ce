using Microsoft.Extensions.Options;

namespace PantryPilot.Activities.Approval;

/// <summary>Fails start-up on an unusable Approval section (<see cref="ApprovalOptions.Problems"/>).</summary>
public sealed class ApprovalOptionsValidator : IValidateOptions<ApprovalOptions>
{
    public ValidateOptionsResult Validate(string? name, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
