using System.Text.Json.Nodes;
using PantryPilot.Contracts.Payloads;
using Temporalio.Api.Common.V1;
using Temporalio.Api.Enums.V1;
using Temporalio.Api.History.V1;
using Temporalio.Common;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>What the SDK's replay does not check, checked here: each activity's queue, timeouts, retry policy, input
/// and (when recorded) summary; each child's id, input, queue, run timeout and policies; each timer's duration; the
/// continue-as-new input. The command kinds, order, activity types and ids are the SDK's own check (core flags).
/// Inputs are compared as the data converter reads them (a PascalCase history of release 1 equals the camelCase one
/// of today when the values are the same).</summary>
public static class HistoryComparison
{
    /// <summary>Throws <see cref="HistoryDriftException"/> listing every difference.</summary>
    public static void AssertMatches(WorkflowHistory history, ReplayObserver observed)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(observed);
        var queue = history.Events.First().WorkflowExecutionStartedEventAttributes.TaskQueue.Name;
        var problems = new List<string>();
        CompareActivities(history, observed, queue, problems);
        CompareChildren(history, observed, queue, problems);
        CompareTimers(history, observed, problems);
        if (history.Events.LastOrDefault(e => e.EventType == EventType.WorkflowExecutionContinuedAsNew) is { } next
            && observed.ContinuedAsNewWith is { } args)
        {
            CompareInput("continue-as-new", next.WorkflowExecutionContinuedAsNewEventAttributes.Input, args, problems);
        }

        if (problems.Count > 0)
        {
            throw new HistoryDriftException(
                $"the workflow code asks for something else than history {history.Id} records (a change that needs the versioning process in docs/temporal.md):\n  " + string.Join("\n  ", problems));
        }
    }

    private static void CompareActivities(WorkflowHistory history, ReplayObserver observed, string queue, List<string> problems)
    {
        var scheduled = history.Events.Where(e => e.EventType == EventType.ActivityTaskScheduled).ToArray();
        for (var i = 0; i < Math.Min(scheduled.Length, observed.Scheduled.Count); i++)
        {
            var e = scheduled[i].ActivityTaskScheduledEventAttributes;
            var what = $"activity {e.ActivityId} ({e.ActivityType.Name})";
            var recorded = RecordedActivity.From(e);
            var asked = RecordedActivity.From(observed.Options[i], queue);
            if (recorded != asked)
            {
                problems.Add($"{what}: history records {recorded}, the code asks for {asked}");
            }

            CompareInput(what, e.Input, observed.Arguments[i], problems);
            if (scheduled[i].UserMetadata?.Summary is { } summary)
            {
                var text = (string?)PayloadJson.DataConverter.PayloadConverter.ToValue(summary, typeof(string));
                if (text != observed.Summaries[i])
                {
                    problems.Add($"{what}: history records the summary '{text}', the code gives '{observed.Summaries[i]}'");
                }
            }
        }
    }

    private static void CompareChildren(WorkflowHistory history, ReplayObserver observed, string queue, List<string> problems)
    {
        var initiated = history.Events.Where(e => e.EventType == EventType.StartChildWorkflowExecutionInitiated).ToArray();
        for (var i = 0; i < Math.Min(initiated.Length, observed.Children.Count); i++)
        {
            var e = initiated[i].StartChildWorkflowExecutionInitiatedEventAttributes;
            var (options, args) = observed.Children[i];
            var what = $"child {e.WorkflowId}";
            var recorded = (Queue: e.TaskQueue.Name, RunTimeout: e.WorkflowRunTimeout?.ToTimeSpan() ?? TimeSpan.Zero, Reuse: e.WorkflowIdReusePolicy, Close: (int)e.ParentClosePolicy);
            var asked = (
                Queue: options.TaskQueue ?? queue,
                RunTimeout: options.RunTimeout ?? TimeSpan.Zero,
                Reuse: options.IdReusePolicy,
                Close: options.ParentClosePolicy == Temporalio.Workflows.ParentClosePolicy.None ? (int)Temporalio.Workflows.ParentClosePolicy.Terminate : (int)options.ParentClosePolicy);
            if (recorded != asked)
            {
                problems.Add($"{what}: history records {recorded}, the code asks for {asked}");
            }

            CompareInput(what, e.Input, args, problems);
        }
    }

    private static void CompareTimers(WorkflowHistory history, ReplayObserver observed, List<string> problems)
    {
        var started = history.Events.Where(e => e.EventType == EventType.TimerStarted).Select(e => e.TimerStartedEventAttributes).ToArray();
        for (var i = 0; i < Math.Min(started.Length, observed.Timers.Count); i++)
        {
            if (started[i].StartToFireTimeout.ToTimeSpan() != observed.Timers[i])
            {
                problems.Add($"timer {started[i].TimerId}: history records {started[i].StartToFireTimeout.ToTimeSpan()}, the code asks for {observed.Timers[i]}");
            }
        }
    }

    private static void CompareInput(string what, Payloads? recorded, IReadOnlyCollection<object?> asked, List<string> problems)
    {
        var payloads = recorded?.Payloads_ ?? [];
        var values = asked.ToArray();
        if (payloads.Count != values.Length)
        {
            problems.Add($"{what}: history records {payloads.Count} input payload(s), the code gives {values.Length}");
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            var askedJson = Json(values[i]);
            string recordedJson;
            try
            {
                recordedJson = Json(values[i] is null ? null : PayloadJson.DataConverter.PayloadConverter.ToValue(payloads[i], values[i]!.GetType()));
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException)
            {
                problems.Add($"{what}: the recorded input cannot be read as {values[i]!.GetType().Name}: {e.Message}");
                continue;
            }

            if (recordedJson != askedJson)
            {
                problems.Add($"{what}: the input differs {Difference(recordedJson, askedJson)}");
            }
        }
    }

    /// <summary>The value as the data converter writes it, with object members sorted (a dictionary's order is not
    /// part of its value).</summary>
    private static string Json(object? value) => value is null
        ? "null"
        : Sorted(JsonNode.Parse(PayloadJson.DataConverter.PayloadConverter.ToPayload(value).Data.ToStringUtf8()))?.ToJsonString() ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };

    /// <summary>Where two JSON texts part: 60 characters of each from just before the first difference.</summary>
    private static string Difference(string recorded, string asked)
    {
        var at = 0;
        while (at < recorded.Length && at < asked.Length && recorded[at] == asked[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 20);
        return $"at character {at}: history records ...{Cut(recorded, from)}..., the code gives ...{Cut(asked, from)}...";

        static string Cut(string s, int from) => from >= s.Length ? string.Empty : s.Substring(from, Math.Min(60, s.Length - from));
    }
}
