using Temporalio.Activities;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Failure types the flow raises; non-retryable.</summary>
public static class RecipeModelFailures
{
    /// <summary>The filter removed every sample: nothing to train on.</summary>
    public const string NothingKept = "RecipeModelNothingKept";

    /// <summary>The input cannot run (bad shares, bad name, unknown teacher configuration).</summary>
    public const string InvalidInput = "RecipeModelInvalidInput";

    /// <summary>A sample file or corpus line that cannot be read at all (names the file, row and field).</summary>
    public const string BadSample = "BadInputException";
}
