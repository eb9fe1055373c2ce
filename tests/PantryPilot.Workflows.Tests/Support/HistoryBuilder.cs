using Google.Protobuf.WellKnownTypes;
using PantryPilot.Contracts.Payloads;
using Temporalio.Api.Common.V1;
using Temporalio.Api.Enums.V1;
using Temporalio.Api.Failure.V1;
using Temporalio.Api.History.V1;
using Temporalio.Api.Sdk.V1;
using Temporalio.Api.TaskQueue.V1;
using Temporalio.Common;
using Temporalio.Converters;
using Temporalio.Workflows;

namespace PantryPilot.Workflows.Tests.Support;

/// <summary>Builds a workflow history event by event, the way the server records it, so the real workflow code can
/// be replayed against it offline. Workflow tasks go where the workflow yields; the commands a workflow task
/// completion produced follow its WorkflowTaskCompleted event. Activity ids are "1", "2", ... in the order the
/// workflow schedules them (the SDK numbers activity commands by a per-workflow sequence starting at 1).
///
/// Like a real SDK, the first WorkflowTaskCompleted records the core's internal flags in its SDK metadata
/// (<see cref="CoreUsedFlags"/>). Without them the core replays in its oldest mode and skips its own checks of
/// activity types and ids and of child workflow ids and types: a renamed activity would then replay "fine".
///
/// It records what the server records, so replay can compare it with what the code asks for: each activity's task
/// queue, timeouts and retry policy (<see cref="ExpectedActivityOptions"/> unless given), its input and summary, each
/// child's options, and patch markers. It refuses what the server refuses: search attributes the namespace has not
/// registered (<see cref="RegisteredSearchAttributes"/>) and anything over <see cref="HistoryLimits"/>.</summary>
public sealed class HistoryBuilder
{
    public const string TaskQueue = "pantry-pipeline";
    public const string Namespace = "default";

    /// <summary>The run id of every history built here (what <c>Workflow.Info.RunId</c> reads on replay).</summary>
    public const string RunId = "run-1";

    /// <summary>The core flags a current SDK writes on a run's first workflow task: 1 = activity/child id and type
    /// determinism checks, 2 = upsert-search-attribute checks on patches, 3 = terminal commands moved last.</summary>
    public static readonly IReadOnlyList<uint> CoreUsedFlags = [1, 2, 3];

    private readonly List<HistoryEvent> recordedEvents = [];
    private readonly Dictionary<long, long> activityStarted = [];
    private readonly Dictionary<long, (string Id, string Type, long Started)> children = [];
    private DateTime now = new(2026, 3, 1, 6, 0, 0, DateTimeKind.Utc);
    private int nextActivityId = 1;
    private bool flagsWritten;
    private int nextTimerId = 1;
    private readonly Dictionary<long, string> timers = [];
    private readonly SortedSet<string> patchIds = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<IPayloadConverter?> ScopedConverter = new();
    private readonly string taskQueueName;
    private readonly IPayloadConverter payloadConverter = ScopedConverter.Value ?? PayloadJson.DataConverter.PayloadConverter;
    private long historyBytes;
    private long requestBytes;

    /// <param name="taskQueue">The queue the workflow runs on (its activities' default queue).</param>
    public HistoryBuilder(string workflowType, object? input, SearchAttributeCollection? searchAttributes = null, string taskQueue = TaskQueue)
    {
        taskQueueName = taskQueue;
        foreach (var attribute in searchAttributes?.UntypedValues.Keys ?? [])
        {
            RegisteredSearchAttributes.Require(attribute.Name, $"the start of {workflowType}");
        }

        Add(EventType.WorkflowExecutionStarted, e => e.WorkflowExecutionStartedEventAttributes = new()
        {
            WorkflowType = new() { Name = workflowType },
            TaskQueue = Queue,
            Input = Of(input),
            WorkflowTaskTimeout = Duration.FromTimeSpan(TimeSpan.FromSeconds(10)),
            OriginalExecutionRunId = RunId,
            FirstExecutionRunId = RunId,
            Attempt = 1,
            Identity = "history-builder",
            SearchAttributes = searchAttributes?.ToProto(),
        });
    }

    /// <summary>Workflow.UtcNow in the last workflow task: the time of its WorkflowTaskStarted event. A timer the
    /// workflow starts to reach a deadline lasts the deadline minus this.</summary>
    public DateTime WorkflowTime { get; private set; }

    /// <summary>Id of the last WorkflowTaskCompleted event: the event the next commands refer to.</summary>
    public long LastWorkflowTaskCompleted { get; private set; }

    /// <summary>The queue the workflow runs on.</summary>
    public string WorkflowQueue => taskQueueName;

    private TaskQueue Queue => new() { Name = taskQueueName };

    public static Payloads PayloadsOf(params object?[] values) => PayloadsOf(PayloadJson.DataConverter.PayloadConverter, values);

    /// <summary>Builds <paramref name="build"/> with the payloads written by <paramref name="converter"/> instead of
    /// today's policy: release 1's workers wrote PascalCase JSON (<see cref="DataConverter.Default"/>), and its frozen
    /// histories are kept in that form.</summary>
    public static WorkflowHistory WritingPayloadsWith(IPayloadConverter converter, Func<WorkflowHistory> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var previous = ScopedConverter.Value;
        ScopedConverter.Value = converter;
        try
        {
            return build();
        }
        finally
        {
            ScopedConverter.Value = previous;
        }
    }

    private Payloads Of(params object?[] values) => PayloadsOf(payloadConverter, values);

    private static Payloads PayloadsOf(IPayloadConverter converter, object?[] values)
    {
        var payloads = new Payloads();
        payloads.Payloads_.AddRange(values.Where(v => v is not null).Select(v => converter.ToPayload(v)));
        return payloads;
    }

    /// <summary>WorkflowTaskScheduled, Started and Completed: the workflow ran until it yielded.</summary>
    public HistoryBuilder WorkflowTask()
    {
        var scheduled = Add(EventType.WorkflowTaskScheduled, e => e.WorkflowTaskScheduledEventAttributes = new()
        {
            TaskQueue = Queue,
            StartToCloseTimeout = Duration.FromTimeSpan(TimeSpan.FromSeconds(10)),
            Attempt = 1,
        });
        var started = Add(EventType.WorkflowTaskStarted, e => e.WorkflowTaskStartedEventAttributes = new()
        {
            ScheduledEventId = scheduled,
            Identity = "worker-1",
            RequestId = Guid.NewGuid().ToString(),
        });
        WorkflowTime = now;
        LastWorkflowTaskCompleted = Add(EventType.WorkflowTaskCompleted, e =>
        {
            e.WorkflowTaskCompletedEventAttributes = new()
            {
                ScheduledEventId = scheduled,
                StartedEventId = started,
                Identity = "worker-1",
            };
            if (!flagsWritten)
            {
                var metadata = new WorkflowTaskCompletedMetadata { SdkName = "temporal-dotnet", SdkVersion = "1.21.1" };
                metadata.CoreUsedFlags.AddRange(CoreUsedFlags);
                e.WorkflowTaskCompletedEventAttributes.SdkMetadata = metadata;
                flagsWritten = true;
            }
        });
        return this;
    }

    /// <summary>An ActivityTaskScheduled event (a ScheduleActivityTask command of the last workflow task).
    /// Returns the scheduled event id that later activity events refer to.</summary>
    /// <param name="options">Queue, timeouts and retry policy the workflow asks for; null: the type's entry in
    /// <see cref="ExpectedActivityOptions"/> (or, for a type it does not know, the workflow's queue and 10 minutes).</param>
    public long ScheduleActivity(string activityType, object? input = null, string? summary = null, ActivityOptions? options = null) =>
        Add(EventType.ActivityTaskScheduled, e =>
        {
            e.ActivityTaskScheduledEventAttributes = new()
            {
                ActivityId = (nextActivityId++).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ActivityType = new() { Name = activityType },
                Input = Of(input),
                WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
            };
            var recorded = options ?? ExpectedActivityOptions.For(activityType) ?? new ActivityOptions { StartToCloseTimeout = TimeSpan.FromMinutes(10) };
            RecordedActivity.From(recorded, taskQueueName).WriteTo(e.ActivityTaskScheduledEventAttributes);
            if (summary is not null)
            {
                e.UserMetadata = new() { Summary = payloadConverter.ToPayload(summary) };
            }
        });

    /// <summary>An UpsertWorkflowSearchAttributes event (the command of the last workflow task).</summary>
    public HistoryBuilder UpsertSearchAttributes(params SearchAttributeUpdate[] updates)
    {
        var collection = new SearchAttributeCollection.Builder();
        foreach (var update in updates)
        {
            RegisteredSearchAttributes.Require(update.UntypedKey.Name, "an upsert");
            collection.Set((SearchAttributeKey<string>)update.UntypedKey, (string)update.UntypedValue!);
        }

        Add(EventType.UpsertWorkflowSearchAttributes, e => e.UpsertWorkflowSearchAttributesEventAttributes = new()
        {
            WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
            SearchAttributes = collection.ToSearchAttributeCollection().ToProto(),
        });
        return this;
    }

    /// <summary>What <c>Workflow.Patched(patchId)</c> records when it first returns true: a <c>core_patch</c> marker and,
    /// because the builder writes core flag 2, an upsert of <c>TemporalChangeVersion</c> listing every patch so far.</summary>
    public HistoryBuilder Patched(string patchId, bool deprecated = false)
    {
        var data = PayloadJson.DataConverter.PayloadConverter.ToPayload(new PatchMarkerData(patchId, deprecated)); // the core's own JSON
        Add(EventType.MarkerRecorded, e =>
        {
            e.MarkerRecordedEventAttributes = new()
            {
                MarkerName = "core_patch",
                WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
            };
            var details = new Payloads();
            details.Payloads_.Add(data);
            e.MarkerRecordedEventAttributes.Details["patch-data"] = details;
        });
        patchIds.Add(patchId);
        var versions = new SearchAttributeCollection.Builder()
            .Set(SearchAttributeKey.CreateKeywordList("TemporalChangeVersion"), patchIds.ToArray()).ToSearchAttributeCollection();
        Add(EventType.UpsertWorkflowSearchAttributes, e => e.UpsertWorkflowSearchAttributesEventAttributes = new()
        {
            WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
            SearchAttributes = versions.ToProto(),
        });
        return this;
    }

    /// <summary>A WorkflowPropertiesModified event: the memo upsert of the last workflow task.</summary>
    public HistoryBuilder UpsertMemo(string key, object value)
    {
        Add(EventType.WorkflowPropertiesModified, e =>
        {
            e.WorkflowPropertiesModifiedEventAttributes = new()
            {
                WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
                UpsertedMemo = new(),
            };
            e.WorkflowPropertiesModifiedEventAttributes.UpsertedMemo.Fields[key] = payloadConverter.ToPayload(value);
        });
        return this;
    }

    public HistoryBuilder StartActivity(long scheduled)
    {
        activityStarted[scheduled] = Add(EventType.ActivityTaskStarted, e => e.ActivityTaskStartedEventAttributes = new()
        {
            ScheduledEventId = scheduled,
            Identity = "worker-1",
            Attempt = 1,
        });
        return this;
    }

    /// <summary>The attempt that finally ran after earlier attempts failed: the server records only the last start,
    /// with its attempt number and the previous failure (retries themselves are not workflow history).</summary>
    public HistoryBuilder StartActivityRetried(long scheduled, int attempt, string lastFailure, string errorType)
    {
        activityStarted[scheduled] = Add(EventType.ActivityTaskStarted, e => e.ActivityTaskStartedEventAttributes = new()
        {
            ScheduledEventId = scheduled,
            Identity = "worker-2",
            Attempt = attempt,
            LastFailure = ApplicationFailure(lastFailure, errorType, nonRetryable: false),
        });
        return this;
    }

    /// <summary>A TimerStarted event (a StartTimer command of the last workflow task, e.g. a wait with a timeout).
    /// Timer ids are "1", "2", ... in the order the workflow starts them.</summary>
    public long StartTimer(TimeSpan fireAfter)
    {
        var id = (nextTimerId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var started = Add(EventType.TimerStarted, e => e.TimerStartedEventAttributes = new()
        {
            TimerId = id,
            StartToFireTimeout = Duration.FromTimeSpan(fireAfter),
            WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
        });
        timers[started] = id;
        return started;
    }

    /// <summary>Moves the clock of the following events on (a timer fires when its time has come).</summary>
    public HistoryBuilder Advance(TimeSpan by)
    {
        now += by;
        return this;
    }

    public HistoryBuilder FireTimer(long started)
    {
        Add(EventType.TimerFired, e => e.TimerFiredEventAttributes = new() { TimerId = timers[started], StartedEventId = started });
        return this;
    }

    /// <summary>A TimerCanceled event (a CancelTimer command of the last workflow task: the wait ended first).</summary>
    public HistoryBuilder CancelTimer(long started)
    {
        Add(EventType.TimerCanceled, e => e.TimerCanceledEventAttributes = new()
        {
            TimerId = timers[started],
            StartedEventId = started,
            WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
            Identity = "worker-1",
        });
        return this;
    }

    public HistoryBuilder CompleteActivity(long scheduled, object? result)
    {
        var started = StartedOf(scheduled);
        Add(EventType.ActivityTaskCompleted, e => e.ActivityTaskCompletedEventAttributes = new()
        {
            ScheduledEventId = scheduled,
            StartedEventId = started,
            Result = Of(result),
            Identity = "worker-1",
        });
        return this;
    }

    /// <summary>The activity's last attempt failed (retries exhausted, or a non-retryable error type).</summary>
    public HistoryBuilder FailActivity(long scheduled, string message, string errorType, bool nonRetryable)
    {
        var started = StartedOf(scheduled);
        Add(EventType.ActivityTaskFailed, e => e.ActivityTaskFailedEventAttributes = new()
        {
            ScheduledEventId = scheduled,
            StartedEventId = started,
            Failure = ApplicationFailure(message, errorType, nonRetryable),
            RetryState = nonRetryable ? RetryState.NonRetryableFailure : RetryState.MaximumAttemptsReached,
            Identity = "worker-1",
        });
        return this;
    }

    /// <summary>The activity's last attempt timed out (start-to-close, heartbeat, or its schedule-to-close budget).</summary>
    public HistoryBuilder TimeOutActivity(long scheduled, TimeoutType timeout)
    {
        var started = StartedOf(scheduled);
        Add(EventType.ActivityTaskTimedOut, e => e.ActivityTaskTimedOutEventAttributes = new()
        {
            ScheduledEventId = scheduled,
            StartedEventId = started,
            Failure = new() { Message = "activity timeout", Source = "Server", TimeoutFailureInfo = new() { TimeoutType = timeout } },
            RetryState = RetryState.Timeout,
        });
        return this;
    }

    /// <summary>No worker picked the activity up in time (its schedule-to-start timeout): no ActivityTaskStarted event,
    /// and Temporal does not retry it.</summary>
    public HistoryBuilder ScheduleToStartTimedOut(long scheduled)
    {
        Add(EventType.ActivityTaskTimedOut, e => e.ActivityTaskTimedOutEventAttributes = new()
        {
            ScheduledEventId = scheduled,
            Failure = new() { Message = "activity ScheduleToStart timeout", Source = "Server", TimeoutFailureInfo = new() { TimeoutType = TimeoutType.ScheduleToStart } },
            RetryState = RetryState.NonRetryableFailure,
        });
        return this;
    }

    /// <summary>An ActivityTaskCancelRequested event (a RequestCancelActivityTask command of the last workflow task).</summary>
    public HistoryBuilder RequestCancelActivity(long scheduled)
    {
        Add(EventType.ActivityTaskCancelRequested, e => e.ActivityTaskCancelRequestedEventAttributes = new()
        {
            ScheduledEventId = scheduled,
            WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
        });
        return this;
    }

    public HistoryBuilder ActivityCanceled(long scheduled)
    {
        var started = StartedOf(scheduled);
        var requested = recordedEvents.Last(e => e.EventType == EventType.ActivityTaskCancelRequested && e.ActivityTaskCancelRequestedEventAttributes.ScheduledEventId == scheduled).EventId;
        Add(EventType.ActivityTaskCanceled, e => e.ActivityTaskCanceledEventAttributes = new()
        {
            ScheduledEventId = scheduled,
            StartedEventId = started,
            LatestCancelRequestedEventId = requested,
            Identity = "worker-1",
        });
        return this;
    }

    public HistoryBuilder Signal(string name, object? argument)
    {
        Add(EventType.WorkflowExecutionSignaled, e => e.WorkflowExecutionSignaledEventAttributes = new()
        {
            SignalName = name,
            Input = Of(argument),
            Identity = "operator",
        });
        return this;
    }

    /// <summary>A WorkflowExecutionUpdateAccepted event: the worker ran the update's validator in the last workflow task
    /// and accepted it (a rejected update leaves no event at all). Returns the accepted event id.</summary>
    public long UpdateAccepted(string updateId, string name, object? argument)
    {
        var sequencing = recordedEvents.Last(e => e.EventType == EventType.WorkflowTaskScheduled).EventId;
        return Add(EventType.WorkflowExecutionUpdateAccepted, e => e.WorkflowExecutionUpdateAcceptedEventAttributes = new()
        {
            ProtocolInstanceId = updateId,
            AcceptedRequestMessageId = $"{updateId}/request",
            AcceptedRequestSequencingEventId = sequencing,
            AcceptedRequest = new()
            {
                Meta = new() { UpdateId = updateId, Identity = "operator" },
                Input = new() { Name = name, Args = Of(argument) },
            },
        });
    }

    /// <summary>A WorkflowExecutionUpdateCompleted event: the update's handler returned <paramref name="result"/>.</summary>
    public HistoryBuilder UpdateCompleted(long accepted, object? result)
    {
        var updateId = recordedEvents.Single(e => e.EventId == accepted).WorkflowExecutionUpdateAcceptedEventAttributes.ProtocolInstanceId;
        Add(EventType.WorkflowExecutionUpdateCompleted, e => e.WorkflowExecutionUpdateCompletedEventAttributes = new()
        {
            Meta = new() { UpdateId = updateId, Identity = "operator" },
            AcceptedEventId = accepted,
            Outcome = new() { Success = Of(result) },
        });
        return this;
    }

    public HistoryBuilder CancelRequested()
    {
        Add(EventType.WorkflowExecutionCancelRequested, e => e.WorkflowExecutionCancelRequestedEventAttributes = new()
        {
            Cause = "operator cancelled",
            Identity = "operator",
        });
        return this;
    }

    /// <summary>StartChildWorkflowExecutionInitiated (a command of the last workflow task). Returns the initiated id.</summary>
    /// <param name="runTimeout">The child's run timeout as the parent sets it; null: none (the server records 0).</param>
    public long StartChild(string workflowType, string workflowId, object? input, WorkflowIdReusePolicy reuse = WorkflowIdReusePolicy.AllowDuplicateFailedOnly, TimeSpan? runTimeout = null)
    {
        var initiated = Add(EventType.StartChildWorkflowExecutionInitiated, e => e.StartChildWorkflowExecutionInitiatedEventAttributes = new()
        {
            Namespace = Namespace,
            WorkflowId = workflowId,
            WorkflowType = new() { Name = workflowType },
            TaskQueue = Queue,
            Input = Of(input),
            WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
            WorkflowIdReusePolicy = reuse,
            ParentClosePolicy = Temporalio.Api.Enums.V1.ParentClosePolicy.Abandon,
            WorkflowRunTimeout = Duration.FromTimeSpan(runTimeout ?? TimeSpan.Zero),
        });
        children[initiated] = (workflowId, workflowType, 0);
        return initiated;
    }

    public HistoryBuilder ChildStarted(long initiated)
    {
        var (id, type, _) = children[initiated];
        var started = Add(EventType.ChildWorkflowExecutionStarted, e => e.ChildWorkflowExecutionStartedEventAttributes = new()
        {
            Namespace = Namespace,
            InitiatedEventId = initiated,
            WorkflowExecution = new() { WorkflowId = id, RunId = $"{id}-run" },
            WorkflowType = new() { Name = type },
        });
        children[initiated] = (id, type, started);
        return this;
    }

    /// <summary>The child could not start: a workflow with its id is already running.</summary>
    public HistoryBuilder ChildStartFailedAlreadyExists(long initiated)
    {
        var (id, type, _) = children[initiated];
        Add(EventType.StartChildWorkflowExecutionFailed, e => e.StartChildWorkflowExecutionFailedEventAttributes = new()
        {
            Namespace = Namespace,
            WorkflowId = id,
            WorkflowType = new() { Name = type },
            Cause = StartChildWorkflowExecutionFailedCause.WorkflowAlreadyExists,
            InitiatedEventId = initiated,
            WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
        });
        return this;
    }

    public HistoryBuilder ChildCompleted(long initiated, object? result)
    {
        var (id, type, started) = children[initiated];
        Add(EventType.ChildWorkflowExecutionCompleted, e => e.ChildWorkflowExecutionCompletedEventAttributes = new()
        {
            Namespace = Namespace,
            InitiatedEventId = initiated,
            StartedEventId = started,
            WorkflowExecution = new() { WorkflowId = id, RunId = $"{id}-run" },
            WorkflowType = new() { Name = type },
            Result = Of(result),
        });
        return this;
    }

    public HistoryBuilder ChildFailed(long initiated, string message, string errorType)
    {
        var (id, type, started) = children[initiated];
        Add(EventType.ChildWorkflowExecutionFailed, e => e.ChildWorkflowExecutionFailedEventAttributes = new()
        {
            Namespace = Namespace,
            InitiatedEventId = initiated,
            StartedEventId = started,
            WorkflowExecution = new() { WorkflowId = id, RunId = $"{id}-run" },
            WorkflowType = new() { Name = type },
            Failure = ApplicationFailure(message, errorType, nonRetryable: true),
            RetryState = RetryState.NonRetryableFailure,
        });
        return this;
    }

    public HistoryBuilder WorkflowCompleted(object? result)
    {
        Add(EventType.WorkflowExecutionCompleted, e => e.WorkflowExecutionCompletedEventAttributes = new()
        {
            Result = Of(result),
            WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
        });
        return this;
    }

    public HistoryBuilder WorkflowFailed(string message, string errorType)
    {
        Add(EventType.WorkflowExecutionFailed, e => e.WorkflowExecutionFailedEventAttributes = new()
        {
            Failure = ApplicationFailure(message, errorType, nonRetryable: true),
            WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
            RetryState = RetryState.NonRetryableFailure,
        });
        return this;
    }

    /// <summary>The server ended the run (an operator's terminate, or a run timeout): no workflow code runs after it.</summary>
    public HistoryBuilder Terminated(string reason = "terminated by operator")
    {
        Add(EventType.WorkflowExecutionTerminated, e => e.WorkflowExecutionTerminatedEventAttributes = new() { Reason = reason, Identity = "operator" });
        return this;
    }

    public HistoryBuilder WorkflowCanceled()
    {
        Add(EventType.WorkflowExecutionCanceled, e => e.WorkflowExecutionCanceledEventAttributes = new()
        {
            WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
        });
        return this;
    }

    public HistoryBuilder ContinuedAsNew(string workflowType, object? input)
    {
        Add(EventType.WorkflowExecutionContinuedAsNew, e => e.WorkflowExecutionContinuedAsNewEventAttributes = new()
        {
            NewExecutionRunId = "run-2",
            WorkflowType = new() { Name = workflowType },
            TaskQueue = Queue,
            Input = Of(input),
            WorkflowTaskCompletedEventId = LastWorkflowTaskCompleted,
        });
        return this;
    }

    public WorkflowHistory Build(string workflowId) => new(workflowId, recordedEvents.ToArray());

    private static Failure ApplicationFailure(string message, string errorType, bool nonRetryable) => new()
    {
        Message = message,
        Source = "DotNetSDK",
        ApplicationFailureInfo = new() { Type = errorType, NonRetryable = nonRetryable },
    };

    private long StartedOf(long scheduled)
    {
        if (!activityStarted.TryGetValue(scheduled, out var started))
        {
            StartActivity(scheduled);
            started = activityStarted[scheduled];
        }

        return started;
    }

    private long Add(EventType type, Action<HistoryEvent> set)
    {
        now = now.AddMilliseconds(250);
        var e = new HistoryEvent { EventId = recordedEvents.Count + 1, EventType = type, EventTime = Timestamp.FromDateTime(now) };
        set(e);
        CheckLimits(e);
        recordedEvents.Add(e);
        return e.EventId;
    }

    /// <summary>Refuses an event the server would refuse (<see cref="HistoryLimits"/>): a payload over 2 MB, the
    /// commands of one workflow task over 4 MB, more than 51,200 events or 50 MB in all.</summary>
    private void CheckLimits(HistoryEvent e)
    {
        HistoryLimits.CheckPayloads(e);
        var size = e.CalculateSize();
        var request = e.EventType == EventType.WorkflowTaskCompleted ? 0 : requestBytes + (IsCommandOfLastTask(e) ? size : 0);
        if (request > HistoryLimits.MaxRequestBytes)
        {
            throw new HistoryLimitException($"the commands of workflow task {LastWorkflowTaskCompleted} come to {request:N0} bytes; the server refuses a request over {HistoryLimits.MaxRequestBytes:N0} bytes (4 MB)");
        }

        if (e.EventId > HistoryLimits.MaxEvents)
        {
            throw new HistoryLimitException($"event {e.EventId} is past the server's limit of {HistoryLimits.MaxEvents:N0} events: the run would have been terminated; continue as new earlier");
        }

        if (historyBytes + size > HistoryLimits.MaxHistoryBytes)
        {
            throw new HistoryLimitException($"the history comes to {historyBytes + size:N0} bytes at event {e.EventId}; the server terminates a run past {HistoryLimits.MaxHistoryBytes:N0} bytes (50 MB)");
        }

        // Only an event the server would accept counts.
        requestBytes = request;
        historyBytes += size;
    }

    /// <summary>Whether <paramref name="e"/> records a command of the last workflow task (it names that task's
    /// WorkflowTaskCompleted event): those commands travel in one RespondWorkflowTaskCompleted request.</summary>
    private bool IsCommandOfLastTask(HistoryEvent e)
    {
        var attributes = HistoryEvent.Descriptor.Oneofs[0].Accessor.GetCaseFieldDescriptor(e);
        if (attributes?.Accessor.GetValue(e) is not Google.Protobuf.IMessage message)
        {
            return false;
        }

        var field = message.Descriptor.FindFieldByName("workflow_task_completed_event_id");
        return field is not null && (long)field.Accessor.GetValue(message) == LastWorkflowTaskCompleted;
    }

    /// <summary>The JSON the core writes into a patch marker's "patch-data" details.</summary>
    private sealed record PatchMarkerData(string Id, bool Deprecated);
}
