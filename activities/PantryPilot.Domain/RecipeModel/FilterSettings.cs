namespace PantryPilot.Domain.RecipeModel;

/// <param name="PrefilterPantry">True: rebuild the prompt's pantry through the serving pre-filter. False: remove a
/// sample whose pantry shows an item its diet forbids (unknown items are still filtered out, as serving does).</param>
/// <param name="StripUnknownTags">True: keep a sample whose tag the ontology does not model (paleo, keto, halal): the
/// tag stays in the prompt, unjudged, and is counted. False: remove the sample.</param>
/// <param name="MaxSequenceTokens">The trainer's max sequence; tokens are estimated as characters / 3 (English text
/// runs about 4 characters a token in Phi-3's tokenizer, so the estimate errs towards removing).</param>
/// <param name="DropUnlistedStepIngredients">True: remove a sample whose steps use an ingredient that is neither in
/// the pantry nor among the additions (water and words for a class of food, such as "vegetables", never count).
/// False: keep it and count the ingredient.</param>
/// <param name="Staples">What every kitchen is assumed to have (<see cref="HouseholdStaples"/>); null: the default
/// set (water, salt, black pepper, cooking oils).</param>
/// <param name="DropNotInPantry">True: remove a sample whose ingredient list names a food that is in neither the
/// pantry, the additions nor the staples (selected-not-in-pantry). False: keep it and move the food to the additions,
/// the shopping list the serving schema has for exactly that, and count it.</param>
public sealed record FilterSettings(
    bool PrefilterPantry = true,
    bool StripUnknownTags = false,
    int MaxSequenceTokens = 2048,
    bool DropUnlistedStepIngredients = false,
    HouseholdStaples? Staples = null,
    bool DropNotInPantry = false)
{
    /// <summary>The staples in force: <see cref="Staples"/>, or the default set.</summary>
    public HouseholdStaples StapleSet => Staples ?? HouseholdStaples.Default;
}
