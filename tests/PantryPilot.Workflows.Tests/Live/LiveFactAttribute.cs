namespace PantryPilot.Workflows.Tests.Live;

/// <summary>A fact that needs a live Temporal server: it runs when TEMPORAL_ADDRESS is set and is skipped, with the
/// reason shown in the test output, otherwise. (No server can be installed on the build machines.)</summary>
public sealed class LiveFactAttribute : FactAttribute
{
    public LiveFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("TEMPORAL_ADDRESS")))
        {
            Skip = "needs a live Temporal server: set TEMPORAL_ADDRESS (e.g. `temporal server start-dev` then TEMPORAL_ADDRESS=localhost:7233; run `pantrypilot temporal setup` once for the search attributes)";
        }
    }
}
