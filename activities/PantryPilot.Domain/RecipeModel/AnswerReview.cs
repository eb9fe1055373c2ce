using System.Collections.Frozen;
using PantryPilot.Domain.Ingredients;
using PantryPilot.Domain.Ontology;

namespace PantryPilot.Domain.RecipeModel;

/// <summary>
/// Reviews an answer against its pantry with the one ingredient matcher and the diet:
/// <list type="bullet">
/// <item>each ingredient is the pantry lot it uses ("cod fillet" → cod; renamed to it, as the serving schema names
///   pantry items) or one of the additions (moved there); an ambiguous match is a reason, never guessed;</item>
/// <item>an ingredient is judged on what is eaten: its own name, and the lot's when the lot is more specific
///   ("pasta" that is the pantry's gluten-free pasta) or when the ontology does not know a word of the written
///   name;</item>
/// <item>every addition is judged; one that neither the ingredients nor the steps use is dropped and counted;</item>
/// <item>every food the steps mention is resolved against the ingredients, the additions and the pantry; one that
///   breaks the diet is a reason; one found nowhere is counted (a reason only under the drop policy).</item>
/// </list>
/// </summary>
internal sealed class AnswerReview(RecipeDiet diet, IngredientMatcher matcher)
{
    /// <summary>What a recipe may use without a pantry lot: tap water and ice.</summary>
    private static readonly string[] Tap = ["water", "ice"];

    /// <summary>Foods a method may use without listing them: water, and words for a class of food.</summary>
    private static readonly FrozenSet<string> AlwaysAvailable = new[]
    {
        "water", "ice", "vegetable", "fruit", "herb", "spice", "seasoning", "meat", "garnish", "topping", "filling",
        "green",
    }.ToFrozenSet(StringComparer.Ordinal);

    public ReviewResult Review(SampleCandidate candidate, RecipeAnswer answer,
        IReadOnlyList<DietaryConstraint> constraints, FilterSettings settings)
    {
        var pantry = candidate.Pantry.Select(p => p.Name).ToArray();
        var additions = answer.SuggestedAdditions;
        var tally = new Tally(candidate, answer);
        for (var k = 0; k < answer.Ingredients.Count; k++)
        {
            Ingredient(k, answer.Ingredients[k], pantry, additions, constraints, settings, tally);
        }

        foreach (var addition in additions)
        {
            Judge("addition", addition, null, constraints, tally.Findings);
        }

        var unlisted = UnlistedStepFoods(answer, pantry, additions, constraints, settings, tally);
        Requests(candidate.Original?.RequestedIngredients ?? [], answer, additions, tally.Findings);
        var kept = additions.Where((_, a) => tally.Used[a]).Concat(tally.ToBuy)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var unused = additions.Where((_, a) => !tally.Used[a]).ToArray();
        return new ReviewResult(answer with { Ingredients = tally.Ingredients, SuggestedAdditions = kept },
            tally.Findings, tally.Lines, unused, unlisted, tally.Renamed, tally.StaplesAssumed) { ToBuy = tally.ToBuy };
    }

    /// <summary>One ingredient: water, a pantry lot (renamed to it), an addition (moved there), a staple (kept and
    /// counted), or found nowhere (ambiguous: a reason; otherwise moved to the additions or a reason, by policy); the
    /// diet judges each.</summary>
    private void Ingredient(int k, AnswerIngredient ingredient, string[] pantry, IReadOnlyList<string> additions,
        IReadOnlyList<DietaryConstraint> constraints, FilterSettings settings, Tally tally)
    {
        var findings = tally.Findings;
        // A number the grammar could not read is lost data; a vague amount ("a few") was never a number.
        if (tally.Lines?[k] is { Status: "unreadable" } unread && unread.Unread?.Any(char.IsDigit) == true)
        {
            findings.Add(new("amount-unreadable", unread.Text, "quantity grammar",
                $"'{unread.Text}': '{unread.Unread}' is no amount the grammar can read"));
        }

        // The common case first: the answer names the pantry item as the pantry does.
        var exact = Array.FindIndex(pantry, p => p.Equals(ingredient.Name, StringComparison.OrdinalIgnoreCase));
        var lot = exact >= 0 ? new IngredientMatch(MatchKind.Same, [exact], "same name")
            : Lot(ingredient.Name, pantry);
        if (!lot.IsMatch && matcher.Match(ingredient.Name, Tap).IsMatch)
        {
            // Water is no pantry item, and the serving schema only names pantry items: it stays in the metadata.
            tally.Place(k, "always available: water");
            return;
        }

        if (lot.IsMatch)
        {
            var name = pantry[lot.Index!.Value];
            Judge("selected", ingredient.Name, name, constraints, findings);
            tally.Renamed += name == ingredient.Name ? 0 : 1;
            tally.Ingredients.Add(ingredient with { Name = name });
            tally.Place(k, $"pantry: {name}");
            return;
        }

        var addition = Lot(ingredient.Name, additions);
        var permitted = Judge("selected", ingredient.Name, addition.IsMatch ? additions[addition.Index!.Value]
            : null, constraints, findings);
        if (addition.IsMatch)
        {
            tally.Used[addition.Index!.Value] = true;
            tally.Place(k, $"addition: {additions[addition.Index.Value]}");
        }
        else if (lot.Kind == MatchKind.None && Staple(ingredient.Name, settings.StapleSet) is { } staple)
        {
            // Assumed in every kitchen: kept in the answer, counted; the diet has judged it above all the same.
            tally.Ingredients.Add(ingredient);
            tally.StaplesAssumed.Add(ingredient.Name);
            tally.Place(k, $"staple: {staple}");
        }
        else if (permitted && lot.Kind == MatchKind.Ambiguous)
        {
            tally.Ingredients.Add(ingredient);
            findings.Add(new("selected-ambiguous", ingredient.Name, "pantry",
                $"{lot.Reason}: which pantry item it uses is not guessed"));
        }
        else if (permitted && settings.DropNotInPantry)
        {
            tally.Ingredients.Add(ingredient);
            findings.Add(new("selected-not-in-pantry", ingredient.Name, "pantry: drop",
                $"'{ingredient.Name}' is neither in the pantry shown nor among the additions ({lot.Reason})"));
        }
        else if (permitted)
        {
            // Not in the pantry, and the diet allows it: something the household buys, so it becomes an addition
            // (the serving schema's shopping list), as if the teacher had listed it there.
            tally.ToBuy.Add(ingredient.Name);
            tally.Place(k, $"addition: {ingredient.Name} (moved: not in the pantry)");
        }
        else
        {
            tally.Ingredients.Add(ingredient);
        }
    }

    /// <summary>The foods the steps use found nowhere, staples aside ("season with salt" is assumed and counted);
    /// each is a reason under the drop policy.</summary>
    private List<string> UnlistedStepFoods(RecipeAnswer answer, string[] pantry, IReadOnlyList<string> additions,
        IReadOnlyList<DietaryConstraint> constraints, FilterSettings settings, Tally tally)
    {
        var listed = tally.Ingredients.Select(i => i.Name).Concat(answer.Ingredients.Select(i => i.Name))
            .Distinct(StringComparer.Ordinal).ToArray();
        var unlisted = Steps(answer.Steps, listed, additions, tally.Used, pantry, constraints, tally.Findings);
        for (var u = unlisted.Count - 1; u >= 0; u--)
        {
            if (Staple(unlisted[u], settings.StapleSet) is not null)
            {
                tally.StaplesAssumed.Add(unlisted[u]);
                unlisted.RemoveAt(u);
            }
        }

        if (settings.DropUnlistedStepIngredients)
        {
            foreach (var food in unlisted)
            {
                tally.Findings.Add(new("step-not-in-pantry", food, "unlisted step ingredients: drop",
                    $"the steps use '{food}', which is neither in the pantry nor among the additions"));
            }
        }

        return unlisted;
    }

    /// <summary>A requested ingredient the recipe never uses (in its ingredients, additions or steps) is a reason:
    /// the sample would teach the model to ignore what the household asked for.</summary>
    private void Requests(IReadOnlyList<string> requested, RecipeAnswer answer, IReadOnlyList<string> additions,
        List<FilterFinding> findings)
    {
        if (requested.Count == 0)
        {
            return;
        }

        var used = answer.Ingredients.Select(i => i.Name).Concat(additions).ToArray();
        var mentioned = answer.Steps.SelectMany(matcher.Mentions).ToHashSet(StringComparer.Ordinal);
        foreach (var food in requested)
        {
            // Either way round: "aubergine" asked, "baby aubergines" used; "cherry tomatoes" asked, "tomatoes" used.
            if (matcher.Match(food, used).Kind != MatchKind.None || mentioned.Contains(matcher.Key(food))
                || used.Any(u => matcher.Match(u, [food]).Kind != MatchKind.None))
            {
                continue;
            }

            findings.Add(new("request-ignored", food, "requested ingredients",
                $"the request asks for '{food}' and the recipe never uses it"));
        }
    }

    /// <summary>The staple <paramref name="name"/> is ("sea salt" is salt, "oil" a cooking oil), or null.</summary>
    private string? Staple(string name, HouseholdStaples staples)
    {
        if (staples.Names.Count == 0)
        {
            return null;
        }

        var match = matcher.Match(name, staples.Names);
        return match.IsMatch ? staples.Names[match.Index!.Value]
            : match.Kind == MatchKind.Ambiguous ? staples.Names[match.Candidates[0]] : null;
    }

    /// <summary>The foods the steps mention: judged, and marking the additions they use. Returns those found
    /// nowhere.</summary>
    private List<string> Steps(
        IReadOnlyList<string> steps, string[] listed, IReadOnlyList<string> additions, bool[] used, string[] pantry,
        IReadOnlyList<DietaryConstraint> constraints, List<FilterFinding> findings)
    {
        var unlisted = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in listed)
        {
            // A mention is read into the same words as a name's key: one of these is the listed ingredient itself.
            seen.Add(matcher.Key(name));
        }

        // The same, exact, for the additions and the pantry: most mentions name one of them as it is written.
        var additionKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < additions.Count; a++)
        {
            additionKeys.TryAdd(matcher.Key(additions[a]), a);
        }

        var pantryKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in pantry)
        {
            pantryKeys.TryAdd(matcher.Key(item), item);
        }

        for (var s = 0; s < steps.Count; s++)
        {
            foreach (var mention in matcher.Mentions(steps[s]))
            {
                if (!seen.Add(mention) || Tap.Contains(mention))
                {
                    continue;
                }

                if (additionKeys.TryGetValue(mention, out var exact))
                {
                    used[exact] = true;
                    continue;
                }

                // A listed ingredient by another name ("the stock" of vegetable stock) before any pantry item.
                if (matcher.Resolve(mention, listed).Kind != MatchKind.None)
                {
                    continue;
                }

                if (pantryKeys.TryGetValue(mention, out var shown))
                {
                    JudgeStep(s, mention, shown, constraints, findings);
                    continue;
                }

                var addition = matcher.Resolve(mention, additions);
                if (addition.Kind != MatchKind.None)
                {
                    foreach (var a in addition.Candidates)
                    {
                        used[a] = true;
                    }

                    continue;
                }

                // "Simmer until the broth is thick": with water listed, stock in a step is the recipe's own liquid.
                if (mention == "stock" && matcher.Match("water", listed).IsMatch)
                {
                    continue;
                }

                var lot = matcher.Resolve(mention, pantry);
                if (!JudgeStep(s, mention, lot.IsMatch ? pantry[lot.Index!.Value] : mention, constraints, findings)
                    && lot.Kind == MatchKind.None && !AlwaysAvailable.Contains(mention))
                {
                    unlisted.Add(mention);
                }
            }
        }

        return unlisted;
    }

    /// <summary>Judges a food step <paramref name="step"/> uses; true when it broke the diet (a finding was
    /// added).</summary>
    private bool JudgeStep(int step, string mention, string judged, IReadOnlyList<DietaryConstraint> constraints,
        List<FilterFinding> findings)
    {
        var verdict = diet.Check(constraints, judged);
        if (verdict.Permitted || verdict.Status == ComplianceStatus.Unknown)
        {
            return false;
        }

        findings.Add(new($"step-{Code(verdict.Status)}", mention, Rules(verdict),
            $"step {step + 1} uses '{judged}': {verdict.Reason}"));
        return true;
    }

    /// <summary>Judges what is eaten: the written name, and the lot when it is more specific than the written name
    /// (every written word in it: "pasta" → "gluten free pasta") or when the ontology cannot read the written
    /// name.</summary>
    private bool Judge(string role, string written, string? lot, IReadOnlyList<DietaryConstraint> constraints,
        List<FilterFinding> findings)
    {
        var verdict = diet.Check(constraints, written);
        if (lot is not null && lot != written)
        {
            var lotVerdict = diet.Check(constraints, lot);
            if (!lotVerdict.Permitted || verdict.Status == ComplianceStatus.Unknown
                || (!verdict.Permitted && (Specialises(lot, written) || OnlyGuessed(verdict, constraints))))
            {
                verdict = lotVerdict;
            }
        }

        if (!verdict.Permitted)
        {
            findings.Add(new($"{role}-{Code(verdict.Status)}", written, Rules(verdict), verdict.Reason));
        }

        return verdict.Permitted;
    }

    /// <summary>True when the written name breaks the diet only through a spelling guess on a word the ontology does
    /// not know ("ripe" read as "tripe"): without those words it is permitted, and the matcher has found its
    /// lot.</summary>
    private bool OnlyGuessed(ComplianceVerdict verdict, IReadOnlyList<DietaryConstraint> constraints)
    {
        if (verdict.Classification is not { UnknownWords.Count: > 0 } reading)
        {
            return false;
        }

        var known = string.Join(' ', reading.Words.Where(w => !reading.UnknownWords.Contains(w)));
        return known.Length > 0 && diet.Check(constraints, known).Permitted;
    }

    /// <summary>The candidate a name means; for "A or B" ("penne or rigatoni"), the first alternative that is
    /// one.</summary>
    private IngredientMatch Lot(string name, IReadOnlyList<string> candidates)
    {
        var match = matcher.Match(name, candidates);
        if (match.Kind != MatchKind.None || !name.Contains(" or ", StringComparison.OrdinalIgnoreCase))
        {
            return match;
        }

        foreach (var alternative in name.Split(" or ",
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var found = matcher.Match(alternative, candidates);
            if (found.IsMatch)
            {
                return found;
            }
        }

        return match;
    }

    private bool Specialises(string lot, string written)
    {
        var lotWords = matcher.Key(lot).Split(' ');
        return matcher.Key(written).Split(' ').All(lotWords.Contains);
    }

    /// <summary>What reviewing one answer builds up, ingredient by ingredient.</summary>
    private sealed class Tally(SampleCandidate candidate, RecipeAnswer answer)
    {
        public List<FilterFinding> Findings { get; } = [];

        public List<string> StaplesAssumed { get; } = [];

        public List<string> ToBuy { get; } = [];

        public List<AnswerIngredient> Ingredients { get; } = new(answer.Ingredients.Count);

        /// <summary>Which of the answer's additions an ingredient or a step uses.</summary>
        public bool[] Used { get; } = new bool[answer.SuggestedAdditions.Count];

        /// <summary>The original's ingredient lines, each to be given the lot it became (null: not that
        /// layout).</summary>
        public IngredientLine[]? Lines { get; } =
            candidate.Original?.Ingredients is { } original && original.Count == answer.Ingredients.Count
                ? original.ToArray() : null;

        public int Renamed { get; set; }

        public void Place(int k, string lot)
        {
            if (Lines is not null)
            {
                Lines[k] = Lines[k] with { Lot = lot };
            }
        }
    }

    private static string Rules(ComplianceVerdict verdict) =>
        verdict.BrokenRules.Count > 0 ? string.Join(", ", verdict.BrokenRules) : "unknown to the ontology";

    public static string Code(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Forbidden => "forbidden",
        ComplianceStatus.MayContain => "may-contain",
        _ => "unknown",
    };
}
