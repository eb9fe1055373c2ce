using PantryPilot.Contracts.Households;

namespace PantryPilot.Workflows.Households;

/// <summary>Checks of a request's shape that need no state: ids, text lengths, counts. Each returns the problem
/// naming the field, or null.</summary>
public static class HouseholdChecks
{
    public static HouseholdProblem? HouseholdId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return Invalid("householdId: missing");
        }

        return id.Length > HouseholdLimits.MaxHouseholdIdLength
            || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? Invalid(
                $"householdId: '{Short(id)}' is not a household id (letters, digits, '-', '_', '.'; at most "
                + $"{HouseholdLimits.MaxHouseholdIdLength})")
            : null;
    }

    public static HouseholdProblem? RequestId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return Invalid(
                "requestId: missing (any id unique to this request, e.g. a UUID; the same id again gets the first "
                + "answer)");
        }

        return id.Length > HouseholdLimits.MaxRequestIdLength || !id.All(c => c is > ' ' and < (char)127)
            ? Invalid(
                $"requestId: '{Short(id)}' is not a request id (printable ASCII without spaces, at most "
                + $"{HouseholdLimits.MaxRequestIdLength})")
            : null;
    }

    public static HouseholdProblem? Text(string? text, string field, int limit = HouseholdLimits.MaxTextLength) =>
        text is { Length: var length } && length > limit
            ? Invalid($"{field}: {length:N0} characters (limit {limit:N0})")
            : null;

    public static HouseholdProblem? Lines<T>(IReadOnlyList<T>? lines, string field = "lines")
    {
        if (lines is null || lines.Count == 0)
        {
            return Invalid($"{field}: at least one line is needed");
        }

        if (lines.Count > HouseholdLimits.MaxLinesPerUpdate)
        {
            return new(
                HouseholdErrors.TooManyLines,
                $"{field}: {lines.Count:N0} lines (limit {HouseholdLimits.MaxLinesPerUpdate} per update; send the rest "
                + "in further updates)");
        }

        var empty = lines.ToList().FindIndex(l => l is null);
        return empty >= 0 ? Invalid($"{field}[{empty}]: empty line") : null;
    }

    public static HouseholdProblem Invalid(string message) => new(HouseholdErrors.InvalidRequest, message);

    public static string Short(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
