using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Heartbeats;
using PantryPilot.Contracts.DataPipeline;
using Temporalio.Activities;
using Temporalio.Exceptions;

namespace PantryPilot.Activities.Pipeline;

/// <summary>Where an activity stands in its workflow run's ownership of the data folder.</summary>
public enum OwnershipStep
{
    /// <summary>The first stage: takes the lock for the workflow run (or finds its sibling took it) and, when it took
    /// it, removes what earlier runs left (their staging folders, temp files).</summary>
    Claim,

    /// <summary>A later stage: checks the run still owns the folder (re-taking it only if nobody holds it).</summary>
    Check,

    /// <summary>The last activity: checks, does its work (which publishes the staging folder) and releases the
    /// lock.</summary>
    Release,
}
