namespace PantryPilot.Domain.Retraining;

/// <summary>The system and user turns of a served prompt (the Phi-3 text <c>RecipePromptText</c> builds).</summary>
public sealed record ServedPrompt(string System, string User)
{
    /// <summary>The dietary tags the request was served under, from the user turn's "Dietary constraints:" line
    /// ("vegan", "allergy: peanuts"); empty for "none".</summary>
    public IReadOnlyList<string> Constraints => ServedPromptText.Constraints(User);
}
