using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Contracts.Activities;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Promotion;
using PantryPilot.Domain.Storage;
using Temporalio.Activities;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Training;

/// <summary>The promote-model activity: records the chosen model in the registry and promotes it, if the promotion gate
/// (<see cref="PromotionGate"/>, floors from <see cref="PromotionGateOptions"/>) lets it; otherwise it fails
/// non-retryably with <see cref="PromotionGateNames.Refused"/> and every reason, and the registry is left as it was.
/// check-promotion-gate gives the same verdict without promoting.</summary>
/// <remarks>The registration time is stamped here (the workflow cannot read the clock); a retry keeps the first
/// stamp.</remarks>
/// <remarks>The artifact store resolves under <paramref name="root"/>; the entry's paths are recorded as the workflow
/// gave them (locations under the data root), and the registry's path is handed back located.</remarks>
public class PromotionActivities(PromotionFloors floors, DataRoot root) : IPromotionActivities, IPromotionGateActivities
{
    [Activity(PromotionNames.PromoteActivity)]
    public Task<PromoteOutput> PromoteAsync(PromoteInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var logger = CurrentActivity.Logger;
        var registry = new ModelRegistry(
            root.Resolved(input.ArtifactRoot),
            onMessage: m => logger?.LogWarning("{Message}", m));
        var verdict = Check(registry.Read(), input.Entry);
        if (!verdict.Allowed)
        {
            throw new ApplicationFailureException(
                $"{input.Entry.Id} not promoted: {string.Join("; ", verdict.Reasons)}"
                + $"{(verdict.ServedEntryId is null ? string.Empty : $" ({verdict.ServedEntryId} stays served)")}",
                PromotionGateNames.Refused,
                nonRetryable: true,
                details: [verdict]);
        }

        var entry = input.Entry;
        if (entry.RegisteredAt == default)
        {
            entry = entry with
            {
                RegisteredAt = registry.Read().Entries.FirstOrDefault(e => e.Id == entry.Id)?.RegisteredAt
                    ?? DateTimeOffset.UtcNow
            };
        }

        var output = registry.RegisterAndPromote(entry);
        return Task.FromResult(output with { RegistryPath = root.Locate(output.RegistryPath) });
    }

    [Activity(PromotionGateNames.CheckActivity)]
    public Task<PromotionGateVerdict> CheckAsync(PromoteInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(Check(new ModelRegistry(root.Resolved(input.ArtifactRoot)).Read(), input.Entry));
    }

    private PromotionGateVerdict Check(ModelRegistryDocument registry, ModelRegistryEntry candidate)
    {
        var served = registry.PromotedEntry;
        var result = PromotionGate.Evaluate(
            candidate.Id,
            candidate.Metrics,
            registry.Promoted,
            served?.Metrics,
            floors);
        return new PromotionGateVerdict(result.Allowed, result.Reasons, registry.Promoted);
    }
}
