using System.Linq.Expressions;
using System.Reflection;
using Temporalio.Activities;

namespace PantryPilot.Cli.Pipeline;

/// <summary>The pinned name and the argument of a typed activity lambda (<c>(IFoo a) =&gt; a.BarAsync(input)</c>), for
/// the in-process runner, which calls the activity registered under that name. Outside workflow code, so evaluating
/// the argument expression here costs nothing in determinism.</summary>
public static class ActivityCall
{
    public static (string Name, object? Input) Of<TActivities, TOutput>(
        Expression<Func<TActivities, Task<TOutput>>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.Body is not MethodCallExpression method || method.Arguments.Count != 1)
        {
            throw new ArgumentException(
                $"expected a call of one activity method with one argument, got {call.Body}", nameof(call));
        }

        var name = method.Method.GetCustomAttribute<ActivityAttribute>()?.Name;
        if (string.IsNullOrEmpty(name))
        {
            var where = $"{method.Method.DeclaringType?.Name}.{method.Method.Name}";
            throw new ArgumentException(
                $"{where} has no [Activity(\"name\")]: activity names must be pinned", nameof(call));
        }

        var argument = Expression.Lambda<Func<object?>>(Expression.Convert(method.Arguments[0], typeof(object)));
        return (name, argument.Compile(preferInterpretation: true)());
    }
}
