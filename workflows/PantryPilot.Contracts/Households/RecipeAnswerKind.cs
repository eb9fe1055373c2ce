namespace PantryPilot.Contracts.Households;

public enum RecipeAnswerKind
{
    /// <summary>One answer, option "a".</summary>
    Single,

    /// <summary>Asked with compare: option "a" is the promoted adapter's answer, "b" the base model's.</summary>
    Compare,

    /// <summary>Every few recipes: two answers in random order, "a" and "b"; feedback <c>prefer</c> picks
    /// one.</summary>
    PreferencePair,
}
