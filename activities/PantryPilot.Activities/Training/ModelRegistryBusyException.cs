using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Heartbeats;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Promotion;
using Temporalio.Activities;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Training;

/// <summary>Another process kept the registry's lock longer than the wait (retryable: promotions are quick).</summary>
public sealed class ModelRegistryBusyException(string message) : IOException(message);
