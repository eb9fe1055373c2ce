using System.Linq.Expressions;
using System.Reflection;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Workflows.DataPipeline;
using Temporalio.Activities;

namespace PantryPilot.Workflows.RecipeModel;

/// <summary>Lets a flow call an activity through its contract interface (<c>(IRecipeDatasetActivities a) =&gt;
/// a.FilterAsync(input)</c>) on the shared <see cref="IStageRunner"/>: the pinned name comes from the interface
/// method's <c>[Activity("...")]</c>, the one argument is evaluated from the expression. Type-checked calls, pinned names,
/// one runner for every flow.</summary>
public static class StageRunnerCalls
{
    public static Task<TOutput> RunAsync<TActivities, TOutput>(
        this IStageRunner runner, StageSpec stage, Expression<Func<TActivities, Task<TOutput>>> call, string summary)
    {
        if (call.Body is not MethodCallExpression method || method.Arguments.Count != 1)
        {
            throw new ArgumentException($"expected a call of one activity method with one argument, got {call.Body}", nameof(call));
        }

        var name = method.Method.GetCustomAttribute<ActivityAttribute>()?.Name
            ?? throw new ArgumentException($"{method.Method.DeclaringType?.Name}.{method.Method.Name} has no [Activity(\"name\")]: activity names must be pinned", nameof(call));
        var input = Expression.Lambda(method.Arguments[0]).Compile().DynamicInvoke();
        return InvokeAsync<TOutput>(runner, stage, name, input, method.Method.GetParameters()[0].ParameterType, summary);
    }

    private static Task<TOutput> InvokeAsync<TOutput>(IStageRunner runner, StageSpec stage, string name, object? input, Type inputType, string summary)
    {
        // IStageRunner.RunAsync<TInput, TOutput> with TInput known only at run time.
        var generic = typeof(IStageRunner).GetMethod(nameof(IStageRunner.RunAsync))!.MakeGenericMethod(inputType, typeof(TOutput));
        var contract = Activator.CreateInstance(typeof(ActivityContract<,>).MakeGenericType(inputType, typeof(TOutput)), name);
        return (Task<TOutput>)generic.Invoke(runner, [stage, contract, input, summary, CancellationToken.None])!;
    }
}
