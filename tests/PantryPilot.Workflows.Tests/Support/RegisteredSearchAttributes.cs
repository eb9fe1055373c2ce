namespace PantryPilot.Workflows.Tests.Support;

/// <summary>The search attributes a namespace knows: Temporal's predefined ones that PantryPilot's workflows meet, and
/// the custom ones `pantrypilot temporal setup` registers, spelled out here by hand. The server refuses a start or an
/// upsert that names any other attribute (the workflow task fails), so the history builder refuses it too.</summary>
public static class RegisteredSearchAttributes
{
    /// <summary>Set by the server or the SDK itself: schedules, patches, deployments.</summary>
    public static readonly IReadOnlySet<string> Predefined = new HashSet<string>(StringComparer.Ordinal)
    {
        "TemporalScheduledStartTime", "TemporalScheduledById", "TemporalChangeVersion", "BuildIds",
        "TemporalWorkerDeploymentVersion", "TemporalWorkerDeployment", "TemporalWorkflowVersioningBehavior",
    };

    /// <summary>What `pantrypilot temporal setup` registers (docs/temporal.md).</summary>
    public static readonly IReadOnlySet<string> Custom = new HashSet<string>(StringComparer.Ordinal)
    {
        "PantryAsOf", "PantrySource", "PantryOutcome",
    };

    public static bool IsRegistered(string name) => Predefined.Contains(name) || Custom.Contains(name);

    /// <summary>Throws when <paramref name="name"/> is not registered, naming where it came from.</summary>
    public static void Require(string name, string where)
    {
        if (!IsRegistered(name))
        {
            throw new InvalidOperationException(
                $"{where} sets the search attribute '{name}', which is not registered on the namespace: the server would fail the workflow task. Register it in `pantrypilot temporal setup` (and here) first.");
        }
    }
}
