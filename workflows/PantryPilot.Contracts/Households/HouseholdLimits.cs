namespace PantryPilot.Contracts.Households;

/// <summary>The bounds that keep a household's state and its messages small (bad input beyond them is refused with a
/// typed error, never truncated silently).</summary>
public static class HouseholdLimits
{
    /// <summary>Household ids: letters, digits, '-', '_' and '.', at most this long.</summary>
    public const int MaxHouseholdIdLength = 64;

    /// <summary>Request ids: printable ASCII without spaces, at most this long.</summary>
    public const int MaxRequestIdLength = 128;

    /// <summary>An item or ingredient name (the model's prompt has the same bound).</summary>
    public const int MaxNameLength = 200;

    /// <summary>Free text: a recipe request, a feedback reason, a store name.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>Lines of one purchase, consume or discard.</summary>
    public const int MaxLinesPerUpdate = 100;

    /// <summary>Open lots (stock with quantity above zero) one household may hold.</summary>
    public const int MaxOpenLots = 500;

    /// <summary>Entries of each profile list (diets, allergies, dislikes, cuisines).</summary>
    public const int MaxProfileEntries = 30;

    public const int MaxHouseholdSize = 30;

    /// <summary>One line's quantity in g, ml or pcs: a tonne, a thousand litres, a hundred thousand pieces is
    /// absurd.</summary>
    public const double MaxCanonicalQuantity = 1_000_000;

    /// <summary>Items sent to the model with a recipe request, soonest expiry first; the model trims further to
    /// fit.</summary>
    public const int MaxServedPantryItems = 150;

    /// <summary>Planned recipes one household may hold.</summary>
    public const int MaxPlans = 50;

    /// <summary>How far ahead a recipe may be planned, in days.</summary>
    public const int MaxPlanDays = 60;

    /// <summary>Minimums one household may set.</summary>
    public const int MaxMinStocks = 200;

    /// <summary>Entries the history query can return.</summary>
    public const int MaxHistoryEntries = 50;
}
