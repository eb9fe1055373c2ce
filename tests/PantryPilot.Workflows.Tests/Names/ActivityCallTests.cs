using System.Reflection;
using System.Text.RegularExpressions;
using PantryPilot.Activities;
using PantryPilot.Contracts.DataPipeline;
using Temporalio.Activities;

namespace PantryPilot.Workflows.Tests.Names;

/// <summary>Activities are called one way: the SDK's typed lambdas on contract interfaces whose methods carry the
/// pinned names. No name strings, reflection or compiled expressions in workflow code.</summary>
public partial class ActivityCallTests
{
    private static readonly string WorkflowSources = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "workflows", "PantryPilot.Workflows"));

    [Fact]
    public void WorkflowCode_CallsActivitiesOnlyThroughTypedLambdas()
    {
        var offending = Directory.EnumerateFiles(WorkflowSources, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => Forbidden().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToArray();

        Assert.True(Directory.Exists(WorkflowSources), WorkflowSources);
        Assert.Empty(offending);
    }

    [Fact]
    public void DataPipelineContract_NamesTheReleasedActivities()
    {
        var names = typeof(IDataPipelineActivities).GetMethods().Select(m => m.GetCustomAttribute<ActivityAttribute>()?.Name ?? "(unnamed)").ToArray();

        Assert.Equal(ActivityNames.All, names);
    }

    [Fact]
    public void DataPipelineContract_EveryMethodHasOneImplementationWithTheSameInputAndOutput()
    {
        var implementations = ActivitiesServiceCollectionExtensions.PipelineActivityTypes
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<ActivityAttribute>() is not null)
            .ToLookup(m => m.GetCustomAttribute<ActivityAttribute>()!.Name!);

        foreach (var contract in typeof(IDataPipelineActivities).GetMethods())
        {
            var name = contract.GetCustomAttribute<ActivityAttribute>()!.Name!;
            var implementation = Assert.Single(implementations[name]);
            Assert.Equal(contract.ReturnType, implementation.ReturnType);
            Assert.Equal(contract.GetParameters().Select(p => p.ParameterType), implementation.GetParameters().Select(p => p.ParameterType));
        }
    }

    /// <summary>A name-string call, reflection or expression compilation: what workflow code must not do.</summary>
    [GeneratedRegex(@"ExecuteActivityAsync(<[^>]*>)?\(\s*""|ExecuteActivityAsync(<[^>]*>)?\(\s*[A-Za-z_.]+Names\.|\.Compile\(|DynamicInvoke|MakeGenericMethod|Activator\.CreateInstance|GetCustomAttribute")]
    private static partial Regex Forbidden();
}
