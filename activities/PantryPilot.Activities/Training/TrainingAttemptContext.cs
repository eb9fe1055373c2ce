using System.Globalization;
using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Heartbeats;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Training;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Training;

/// <summary>What one attempt of the train activity knows about its surroundings (Temporal's activity context, or
/// the in-process runner's stand-in for it).</summary>
/// <param name="PreviousHeartbeat">The last heartbeat of the attempt before, when Temporal kept one.</param>
public sealed record TrainingAttemptContext(
    int Attempt,
    TrainingProgress? PreviousHeartbeat,
    Action<TrainingProgress> Heartbeat,
    ILogger Logger,
    CancellationToken CancellationToken,
    Action<int>? OnTrainerStarted = null);
