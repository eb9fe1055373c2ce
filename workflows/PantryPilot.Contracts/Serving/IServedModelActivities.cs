using Temporalio.Activities;

namespace PantryPilot.Contracts.Serving;

/// <summary>Implemented by the inference worker (PantryPilot.Inference.Serving.ServedModelActivities) on
/// <see cref="ServingNames.TaskQueue"/>: after a promotion, the retraining coordinator asks a worker that serves
/// households whether it now serves the promoted model.</summary>
public interface IServedModelActivities
{
    [Activity(ServingNames.ServedModelActivity)]
    Task<ServedModelOutput> ServedModelAsync(ServedModelInput input);
}
