using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Domain.Storage;
using Temporalio.Exceptions;

namespace PantryPilot.Inference.Hosting;

/// <summary>The pool's activities resolve the data locations a payload carries under the pool's own
/// <see cref="DataRoot"/> (where this machine mounts the shared data), at their boundary.</summary>
public static class PoolLocations
{
    /// <summary>The full path of <paramref name="location"/>; a location the root refuses fails the activity for good
    /// (non-retryable, as bad data: no retry can move it inside the root).</summary>
    public static string Resolved(this DataRoot root, string location)
    {
        ArgumentNullException.ThrowIfNull(root);
        try
        {
            return root.Resolve(location);
        }
        catch (DataLocationException e)
        {
            throw new ApplicationFailureException(e.Message, RecipeModelFailures.BadSample, nonRetryable: true);
        }
    }
}
