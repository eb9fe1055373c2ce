using PantryPilot.Workflows.RecipeModel;
using PantryPilot.Workflows.Tests.Support;
using Temporalio.Common;
using Temporalio.Exceptions;

namespace PantryPilot.Workflows.Tests.RecipeModel;

/// <summary>The recipe-model tests' one door to the shared replay support, so a change of that support is one edit here.</summary>
public static class RecipeReplay
{
    public static Task<ReplayObserver> ReplayAsync(WorkflowHistory history) => ReplayObserver.ReplayAsync<RecipeModelWorkflow>(history);

    /// <summary>The code does not match the history: the SDK's nondeterminism error (kinds, counts and, with the core
    /// flags the builder writes, activity types and ids).</summary>
    public static async Task AssertDriftAsync(Func<Task> replay)
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(replay);
        Assert.True(e is WorkflowNondeterminismException || e.GetType().Name == "HistoryDriftException", $"expected drift, got {e.GetType().Name}: {e.Message}");
    }
}
