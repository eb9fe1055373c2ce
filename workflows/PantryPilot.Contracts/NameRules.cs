using System.Text.RegularExpressions;

namespace PantryPilot.Contracts;

/// <summary>How every name the server records or a client matches is spelled: one rule per kind, written here and
/// checked by a test over the names the code actually registers (NameSpellingTests).
/// <list type="bullet">
/// <item>Activities and patches: an area and a name, both lower-case kebab-case, joined by a dot:
/// <c>pantry.ingest</c>, <c>recipe-model.check-trainer</c>, <c>data-pipeline.release-2</c>.</item>
/// <item>Signals, queries, updates and task queues: lower-case kebab-case: <c>new-data-arrived</c>,
/// <c>decide-promotion</c>, <c>model-training</c>.</item>
/// <item>Workflow types: PascalCase ending in <c>Workflow</c>: <c>DataPipelineWorkflow</c>.</item>
/// <item>Custom search attributes: <c>Pantry</c> and PascalCase: <c>PantryOutcome</c>.</item>
/// </list>
/// Names released before this rule keep their spelling, because renaming one strands every run in flight (and every
/// client that calls it); they are listed in <see cref="Released"/>. The rule landed on 2026-12-07 after the
/// households, serving, notification and approval names had shipped (the landing before it); nothing released later may
/// be added to that list.</summary>
public static partial class NameRules
{
    /// <summary>Released names that predate the rule, by kind: kept as spelled.</summary>
    public static readonly IReadOnlyDictionary<NameKind, IReadOnlySet<string>> Released =
        new Dictionary<NameKind, IReadOnlySet<string>>
        {
            [NameKind.Activity] = new HashSet<string>(StringComparer.Ordinal)
            {
                "RecipeModel.GenerateBatch", "RecipeModel.GenerateBatchOnPool", "RecipeModel.Filter",
                "RecipeModel.Split", "RecipeModel.SnapshotDataset", "train", "prepare-evaluation-set",
                "evaluate-checkpoint", "compare-checkpoints", "promote-model", "GenerateRecipe",

                // Shipped in the landing before the rule: households, serving, notifications, approvals.
                "serve-recipe", "check-promotion-gate", "send-notification", "verify-approval", "household-load",
                "household-save-profile", "household-record-purchase", "household-consume", "household-discard",
                "household-cook", "household-prepare-recipe", "household-record-recipe", "household-record-feedback",
                "household-notify",
            },
            [NameKind.Workflow] = new HashSet<string>(StringComparer.Ordinal) { "RecipeModel", "household" },
            [NameKind.Query] = new HashSet<string>(StringComparer.Ordinal) { "Progress", "PendingApproval" },
        };

    /// <summary>Null when <paramref name="name"/> is spelled by the rule of <paramref name="kind"/> (or released before
    /// it), else why not, in words for the test's message.</summary>
    public static string? Problem(NameKind kind, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Released.TryGetValue(kind, out var released) && released.Contains(name))
        {
            return null;
        }

        var (rule, example) = kind switch
        {
            NameKind.Activity or NameKind.Patch => (AreaAndName(), "area.kebab-name, e.g. pantry.ingest"),
            NameKind.Signal or NameKind.Query or NameKind.Update or NameKind.TaskQueue =>
                (Kebab(), "kebab-case, e.g. new-data-arrived"),
            NameKind.Workflow => (WorkflowType(), "PascalCase ending in Workflow, e.g. DataPipelineWorkflow"),
            NameKind.SearchAttribute => (SearchAttribute(), "Pantry + PascalCase, e.g. PantryOutcome"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return rule.IsMatch(name) ? null : $"{kind} name '{name}' is not spelled {example} (NameRules)";
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex AreaAndName();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*Workflow$")]
    private static partial Regex WorkflowType();

    [GeneratedRegex("^Pantry[A-Z][A-Za-z0-9]*$")]
    private static partial Regex SearchAttribute();
}
