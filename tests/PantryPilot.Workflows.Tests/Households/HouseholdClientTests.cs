using PantryPilot.Client;
using PantryPilot.Contracts.Households;
using PantryPilot.Contracts.Payloads;
using Temporalio.Api.Enums.V1;
using Temporalio.Client;
using Temporalio.Client.Interceptors;

namespace PantryPilot.Workflows.Tests.Households;

/// <summary>What <see cref="HouseholdClient"/> sends, caught by a client interceptor before anything reaches a server
/// (there is none here): the pinned names, the workflow id, queue and conflict policy of update-with-start, and the
/// payload as another language would see it. Expected strings are written from docs/households.md.</summary>
public class HouseholdClientTests
{
    [Fact]
    public async Task Consume_IsAnUpdateWithStartOnTheHouseholdsQueue()
    {
        var recorder = new Recorder();
        var client = new HouseholdClient(Client(recorder));

        await Assert.ThrowsAsync<SentinelException>(() => client.ConsumeAsync("U000001", new ConsumeRequest("c-1", [new("rice", 250, "g")])));

        var input = recorder.UpdateWithStart!;
        Assert.Equal("consume", input.Update);
        var start = input.Options.StartWorkflowOperation!;
        Assert.Equal(("household", "household-U000001", "households"), (start.Workflow, start.Options.Id, start.Options.TaskQueue));
        Assert.Equal(WorkflowIdConflictPolicy.UseExisting, start.Options.IdConflictPolicy);
        Assert.Equal("""{"householdId":"U000001","carry":null}""", Json(start.Args.Single()));
        Assert.Equal("""{"requestId":"c-1","lines":[{"name":"rice","quantity":250,"unit":"g"}]}""", Json(input.Args.Single()));
    }

    [Fact]
    public async Task EveryUpdate_GoesUnderItsPinnedName()
    {
        var recorder = new Recorder();
        var client = new HouseholdClient(Client(recorder));
        var calls = new Func<Task>[]
        {
            () => client.SetProfileAsync("h", new SetProfileRequest("1", HouseholdProfile.Empty)),
            () => client.RecordPurchaseAsync("h", new RecordPurchaseRequest("2", [])),
            () => client.ConsumeAsync("h", new ConsumeRequest("3", [])),
            () => client.DiscardAsync("h", new DiscardRequest("4", [])),
            () => client.RequestRecipeAsync("h", new RequestRecipeRequest("5")),
            () => client.CookAsync("h", new CookRequest("6", "5")),
            () => client.FeedbackAsync("h", new FeedbackRequest("7", "5", FeedbackVerdict.Like)),
        };
        var names = new List<string>();
        foreach (var call in calls)
        {
            await Assert.ThrowsAsync<SentinelException>(call);
            names.Add(recorder.UpdateWithStart!.Update);
        }

        Assert.Equal(["set-profile", "record-purchase", "consume", "discard", "request-recipe", "cook", "feedback"], names);
    }

    [Fact]
    public async Task Pantry_OfAHouseholdNobodyCreated_IsTheTypedUnknownHousehold()
    {
        var recorder = new Recorder { Answer = new PantryView("ghost", false, true, [], [], 3, 0, 0, new DateOnly(2026, 3, 1)) };
        var client = new HouseholdClient(Client(recorder));

        var error = await Assert.ThrowsAsync<HouseholdException>(() => client.PantryAsync("ghost"));

        Assert.Equal(HouseholdErrors.UnknownHousehold, error.ErrorType);
        Assert.Equal(("household-ghost", "pantry"), (recorder.Query!.Id, recorder.Query.Query));
    }

    [Fact]
    public async Task ShoppingListQuery_IsTheQueryOfThatName_NoListYetIsAnAnswer_UnknownIsTyped()
    {
        var none = new CachedShoppingList("U000001", true, true, false, null, 7, false, null, null, "not computed yet");
        var recorder = new Recorder { Answer = none };
        var client = new HouseholdClient(Client(recorder));

        var answer = await client.ShoppingListQueryAsync("U000001");

        Assert.Same(none, answer);
        Assert.Equal(("household-U000001", "shopping-list"), (recorder.Query!.Id, recorder.Query.Query));
        Assert.Empty(recorder.Query.Args);
        var ghost = new HouseholdClient(Client(new Recorder { Answer = none with { Known = false } }));
        var error = await Assert.ThrowsAsync<HouseholdException>(() => ghost.ShoppingListQueryAsync("ghost"));
        Assert.Equal(HouseholdErrors.UnknownHousehold, error.ErrorType);
    }

    private static TemporalClient Client(Recorder recorder) => TemporalClient.CreateLazy(new TemporalClientConnectOptions("localhost:1")
    {
        DataConverter = PayloadJson.DataConverter,
        Interceptors = [recorder],
    });

    private static string Json(object? value) => System.Text.Encoding.UTF8.GetString(PayloadJson.DataConverter.PayloadConverter.ToPayload(value).Data.ToByteArray());

    private sealed class SentinelException : Exception;

    private sealed class Recorder : IClientInterceptor
    {
        public StartUpdateWithStartWorkflowInput? UpdateWithStart { get; set; }

        public QueryWorkflowInput? Query { get; set; }

        public object? Answer { get; init; }

        public ClientOutboundInterceptor InterceptClient(ClientOutboundInterceptor nextInterceptor) => new Outbound(nextInterceptor, this);

        private sealed class Outbound(ClientOutboundInterceptor next, Recorder recorder) : ClientOutboundInterceptor(next)
        {
            public override Task<WorkflowUpdateHandle<TResult>> StartUpdateWithStartWorkflowAsync<TResult>(StartUpdateWithStartWorkflowInput input)
            {
                recorder.UpdateWithStart = input;
                throw new SentinelException();
            }

            public override Task<TResult> QueryWorkflowAsync<TResult>(QueryWorkflowInput input)
            {
                recorder.Query = input;
                return Task.FromResult((TResult)recorder.Answer!);
            }
        }
    }
}
