using System.Text.Json.Serialization;

namespace PantryPilot.Contracts.RecipeModel;

/// <summary>How the filter treats a food a recipe's steps use that is neither in the pantry nor among the additions
/// (water and words for a class of food never count). Counted per ingredient either way.</summary>
public enum StepIngredientPolicy
{
    /// <summary>Keep the sample and count the ingredient.</summary>
    Keep,

    /// <summary>Remove the sample (reason step-not-in-pantry).</summary>
    Drop,
}
