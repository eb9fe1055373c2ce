namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Pinned names of the promotion gate: the rule that no candidate worse than the model being served, or below
/// the floors configured on the promoting host (Promotion:Floors), is ever promoted.</summary>
public static class PromotionGateNames
{
    /// <summary>Asks the gate without promoting (to skip asking a person about a candidate the gate will
    /// refuse).</summary>
    public const string CheckActivity = "check-promotion-gate";

    /// <summary>Non-retryable error type of promote-model when the gate refuses: the message lists every
    /// reason.</summary>
    public const string Refused = "PromotionGateRefused";
}
