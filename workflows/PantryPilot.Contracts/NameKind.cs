namespace PantryPilot.Contracts;

/// <summary>The kinds of names <see cref="NameRules"/> spells.</summary>
public enum NameKind
{
    Activity,
    Workflow,
    Signal,
    Query,
    Update,
    TaskQueue,
    Patch,
    SearchAttribute,
}
