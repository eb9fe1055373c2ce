using PantryPilot.Contracts.Households;
using Temporalio.Exceptions;

namespace PantryPilot.Workflows.Households;

/// <summary>The typed errors of the household contract as Temporal failures: non-retryable, the error type a caller
/// acts on, a message naming the field.</summary>
public static class HouseholdFailures
{
    public static ApplicationFailureException Of(string errorType, string message)
        => new(message, errorType, nonRetryable: true);

    public static ApplicationFailureException Of(HouseholdProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Of(problem.ErrorType, problem.Message);
    }

    /// <summary>Runs an activity call and turns its failure into the caller's typed error: the activity's own type when
    /// it failed with one (DuplicateRequest, InsufficientStock), else
    /// <see cref="HouseholdErrors.Unavailable"/>.</summary>
    public static async Task<T> TypedAsync<T>(string what, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (ActivityFailureException e) when (
            e.InnerException is ApplicationFailureException { ErrorType: { } type } inner
                && HouseholdErrors.All.Contains(type))
        {
            throw Of(type, inner.Message);
        }
        catch (ActivityFailureException e)
        {
            throw Of(HouseholdErrors.Unavailable, $"{what} did not complete: {e.InnerException?.Message ?? e.Message}");
        }
    }
}
