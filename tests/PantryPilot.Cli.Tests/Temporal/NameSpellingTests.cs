using System.Reflection;
using PantryPilot.Activities;
using PantryPilot.Contracts;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Inference;
using PantryPilot.Workflows.DataPipeline;
using PantryPilot.Workflows.Versioning;
using Temporalio.Activities;
using Temporalio.Workflows;

namespace PantryPilot.Cli.Tests.Temporal;

/// <summary>Every name the server records or a client matches is pinned (spelled out, never derived from a method or
/// class name) and spelled by <see cref="NameRules"/>. The names come from what the code registers: [Activity] methods
/// of the contracts, activities and inference assemblies, the workflows' SDK definitions (type, signals, queries,
/// updates), the task queues, search attributes and patch ids.</summary>
public class NameSpellingTests
{
    private static readonly Assembly[] ActivityAssemblies =
        [typeof(IDataPipelineActivities).Assembly, typeof(ActivitiesServiceCollectionExtensions).Assembly, typeof(RecipeInferenceActivities).Assembly];

    private static readonly Type[] WorkflowTypes = typeof(DataPipelineWorkflow).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<WorkflowAttribute>() is not null).ToArray();

    [Fact]
    public void ActivityMethods_EveryOneCarriesAnExplicitName()
    {
        var unnamed = ActivityMethods().Where(m => string.IsNullOrEmpty(m.GetCustomAttribute<ActivityAttribute>()!.Name))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}").ToArray();

        Assert.Empty(unnamed);
    }

    [Fact]
    public void WorkflowsSignalsQueriesAndUpdates_EveryOneCarriesAnExplicitName()
    {
        var unnamed = new List<string>();
        foreach (var type in WorkflowTypes)
        {
            if (string.IsNullOrEmpty(type.GetCustomAttribute<WorkflowAttribute>()!.Name))
            {
                unnamed.Add(type.Name);
            }

            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance);
            unnamed.AddRange(members.Where(m => m.GetCustomAttribute<WorkflowSignalAttribute>() is { Name: null }).Select(m => $"{type.Name}.{m.Name} (signal)"));
            unnamed.AddRange(members.Where(m => m.GetCustomAttribute<WorkflowQueryAttribute>() is { Name: null }).Select(m => $"{type.Name}.{m.Name} (query)"));
            unnamed.AddRange(members.Where(m => m.GetCustomAttribute<WorkflowUpdateAttribute>() is { Name: null }).Select(m => $"{type.Name}.{m.Name} (update)"));
        }

        Assert.Empty(unnamed);
    }

    [Fact]
    public void EveryRegisteredName_IsSpelledByTheRule()
    {
        var names = ActivityMethods().Select(m => (NameKind.Activity, m.GetCustomAttribute<ActivityAttribute>()!.Name ?? m.Name))
            .Concat(WorkflowTypes.SelectMany(Names))
            .Concat(TaskQueues.All.Select(q => (NameKind.TaskQueue, q)))
            .Concat(PipelineSearchAttributes.All.Select(k => (NameKind.SearchAttribute, k.Name)))
            .Concat(WorkflowPatches.ByWorkflow.Values.SelectMany(p => p).Select(p => (NameKind.Patch, p)))
            .Distinct();

        var problems = names.Select(n => NameRules.Problem(n.Item1, n.Item2)).OfType<string>().ToArray();

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(NameKind.Activity, "pantry.ingest", true)]
    [InlineData(NameKind.Activity, "recipe-model.check-trainer", true)]
    [InlineData(NameKind.Activity, "Pantry.Ingest", false)]
    [InlineData(NameKind.Activity, "ingest", false)]
    [InlineData(NameKind.Activity, "pantry.ingest_table", false)]
    [InlineData(NameKind.Signal, "new-data-arrived", true)]
    [InlineData(NameKind.Signal, "NewDataArrived", false)]
    [InlineData(NameKind.Query, "progress", true)]
    [InlineData(NameKind.Query, "Progress", true)] // released before the rule
    [InlineData(NameKind.Update, "decide_promotion", false)]
    [InlineData(NameKind.TaskQueue, "recipe-serving", true)]
    [InlineData(NameKind.Workflow, "HouseholdWorkflow", true)]
    [InlineData(NameKind.Workflow, "Household", false)]
    [InlineData(NameKind.Workflow, "RecipeModel", true)] // released before the rule
    [InlineData(NameKind.SearchAttribute, "PantryOutcome", true)]
    [InlineData(NameKind.SearchAttribute, "Outcome", false)]
    [InlineData(NameKind.Patch, "data-pipeline.release-2", true)]
    [InlineData(NameKind.Patch, "release2", false)]
    public void Rule_SpellsEachKindOneWay(NameKind kind, string name, bool spelledByTheRule)
    {
        Assert.Equal(spelledByTheRule, NameRules.Problem(kind, name) is null);
    }

    private static IEnumerable<MethodInfo> ActivityMethods() =>
        ActivityAssemblies.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<ActivityAttribute>() is not null);

    private static IEnumerable<(NameKind, string)> Names(Type workflow)
    {
        var definition = Temporalio.Workflows.WorkflowDefinition.Create(workflow);
        return new[] { (NameKind.Workflow, definition.Name!) }
            .Concat(definition.Signals.Keys.OfType<string>().Select(s => (NameKind.Signal, s)))
            .Concat(definition.Queries.Keys.OfType<string>().Select(q => (NameKind.Query, q)))
            .Concat(definition.Updates.Keys.OfType<string>().Select(u => (NameKind.Update, u)));
    }
}
