using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Heartbeats;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Promotion;
using Temporalio.Activities;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Training;

/// <summary>A registry operation that cannot be done (unknown id, nothing to roll back to).</summary>
public sealed class ModelRegistryException(string message) : Exception(message);
