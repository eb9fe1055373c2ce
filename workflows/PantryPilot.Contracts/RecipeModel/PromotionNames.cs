using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>Pinned names of the promote stage and its approval.</summary>
public static class PromotionNames
{
    public const string PromoteActivity = "promote-model";

    /// <summary>Queries of RecipeModelWorkflow, pinned as the SDK once derived them from the property names.</summary>
    public const string ProgressQuery = "Progress";

    public const string PendingApprovalQuery = "PendingApproval";

    public const string ApproveSignal = "approve-promotion";

    public const string ApproveUpdate = "decide-promotion";

    /// <summary>The workflow stops without promoting when the approval is refused or times out.</summary>
    public const string PromotionRefused = "PromotionRefused";

    public const string PromotionTimedOut = "PromotionTimedOut";

    /// <summary>Error type of a decide-promotion update that passed validation but cannot count (a second decision
    /// in the same workflow task).</summary>
    public const string DecisionRejected = "PromotionDecisionRejected";
}
