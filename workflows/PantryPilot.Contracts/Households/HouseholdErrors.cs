namespace PantryPilot.Contracts.Households;

/// <summary>The error types (Temporal <c>ApplicationFailure.type</c>) a household update fails with. Each is
/// non-retryable and (but for <see cref="Unavailable"/>) leaves the household unchanged; a validator rejects with it
/// before anything is written to history, a handler only when the database knows better than the workflow's view
/// (docs/households.md).</summary>
public static class HouseholdErrors
{
    /// <summary>No such household: only set-profile and record-purchase create one.</summary>
    public const string UnknownHousehold = "UnknownHousehold";

    /// <summary>No lot in the pantry is that item.</summary>
    public const string UnknownItem = "UnknownItem";

    /// <summary>The pantry holds less of the item than the update uses.</summary>
    public const string InsufficientStock = "InsufficientStock";

    /// <summary>A diet or allergy that cannot be read, a time zone that does not exist, a household size out of
    /// range.</summary>
    public const string InvalidProfile = "InvalidProfile";

    /// <summary>A unit that converts to none of g, ml or pcs.</summary>
    public const string UnknownUnit = "UnknownUnit";

    /// <summary>A unit of another family than the item's stock (grams of an item counted in pieces).</summary>
    public const string IncompatibleUnit = "IncompatibleUnit";

    /// <summary>A quantity that is zero, negative, not a number, or absurd (more than
    /// <see cref="HouseholdLimits.MaxCanonicalQuantity"/>).</summary>
    public const string InvalidQuantity = "InvalidQuantity";

    /// <summary>A name longer than <see cref="HouseholdLimits.MaxNameLength"/> characters, or empty.</summary>
    public const string InvalidName = "InvalidName";

    /// <summary>More lines in one update than <see cref="HouseholdLimits.MaxLinesPerUpdate"/>.</summary>
    public const string TooManyLines = "TooManyLines";

    /// <summary>The purchase would leave more open lots than <see cref="HouseholdLimits.MaxOpenLots"/>.</summary>
    public const string PantryFull = "PantryFull";

    /// <summary>A request id used before for a different request (the same request again gets the first
    /// answer).</summary>
    public const string DuplicateRequest = "DuplicateRequest";

    /// <summary>cook or feedback names a recipe request this household was never served.</summary>
    public const string UnknownRecipe = "UnknownRecipe";

    /// <summary>cook: none of the recipe's ingredients is left in the pantry.</summary>
    public const string NothingToCook = "NothingToCook";

    /// <summary>cancel-plan names a plan the household does not hold (never made, cooked, or cancelled long
    /// ago).</summary>
    public const string UnknownPlan = "UnknownPlan";

    /// <summary>A field missing or malformed (no request id, a feedback without a verdict, ...).</summary>
    public const string InvalidRequest = "InvalidRequest";

    /// <summary>The database or the model pool did not answer in time. The change may or may not have applied: send the
    /// same request (same request id) again, it applies once.</summary>
    public const string Unavailable = "Unavailable";

    /// <summary>Every error type, for documentation and tests.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UnknownHousehold, UnknownItem, InsufficientStock, InvalidProfile, UnknownUnit, IncompatibleUnit,
        InvalidQuantity, InvalidName,
        TooManyLines, PantryFull, DuplicateRequest, UnknownRecipe, NothingToCook, InvalidRequest, Unavailable,
        UnknownPlan,
    ];
}
