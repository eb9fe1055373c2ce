using System.Text.Json;
using PantryPilot.Activities.RecipeModel.Teachers;
using PantryPilot.Domain.RecipeModel;

namespace PantryPilot.Activities.Tests.RecipeModel;

/// <summary>The endpoint teacher against <see cref="ChatCompletionsServerDouble"/>, a local HTTP listener.</summary>
public sealed class OpenAiCompatibleTeacherTests : IDisposable
{
    private static readonly TeacherSettings Fast = new(ApiKey: "sk-test", Timeout: TimeSpan.FromSeconds(5), MaxRetries: 2, MaxConcurrency: 2, RetryDelay: TimeSpan.FromMilliseconds(10));
    private readonly HttpClient http = new();

    private static SamplePlan Plan(long index = 0) =>
        new SamplePlanner(RecipeCorpus.Default, RecipeDiet.Default, new Dictionary<string, double> { ["vegetarian"] = 1 }).Plan(9, index);

    private OpenAiCompatibleTeacher Teacher(ChatCompletionsServerDouble server, TeacherSettings? settings = null) =>
        new(http, server.BaseUrl, "llama3.1:8b", settings ?? Fast);

    [Fact]
    public async Task Answer_GoodJson_ParsedAndRequestAsksForJsonWithServingPrompt()
    {
        await using var server = new ChatCompletionsServerDouble((_, _) => (200, ChatCompletionsServerDouble.Completion(ChatCompletionsServerDouble.GoodRecipe)));
        var plan = Plan();

        var answer = await Teacher(server).AnswerAsync(plan, CancellationToken.None);

        Assert.Null(answer.RejectReason);
        Assert.Equal("Rice Bowl", answer.Answer!.Title);
        using var request = JsonDocument.Parse(server.Bodies.Single());
        Assert.Equal("llama3.1:8b", request.RootElement.GetProperty("model").GetString());
        Assert.Equal("json_object", request.RootElement.GetProperty("response_format").GetProperty("type").GetString());
        var user = request.RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!;
        Assert.StartsWith("Pantry: ", user, StringComparison.Ordinal);
        Assert.Contains("Dietary constraints: vegetarian", user, StringComparison.Ordinal);
        Assert.Equal("Bearer sk-test", server.Authorizations.Single());
    }

    [Theory]
    [InlineData("{\"title\":\"Rice\",\"ingredients\":[{\"name\":\"rice\"", "stop", "truncated")]
    [InlineData(ChatCompletionsServerDouble.GoodRecipe, "length", "truncated")]
    [InlineData("Sure! Here is a recipe: rice.", "stop", "bad-json")]
    [InlineData("{\"name\":\"Rice\"}", "stop", "not-a-recipe")]
    public async Task Answer_BadOrTruncated_RejectedWithReason(string content, string finish, string reason)
    {
        await using var server = new ChatCompletionsServerDouble((_, _) => (200, ChatCompletionsServerDouble.Completion(content, finish)));

        var answer = await Teacher(server).AnswerAsync(Plan(), CancellationToken.None);

        Assert.Null(answer.Answer);
        Assert.Equal(reason, answer.RejectReason);
    }

    [Fact]
    public async Task Answer_ServerErrorThenOk_RetriedAndAccepted()
    {
        await using var server = new ChatCompletionsServerDouble((n, _) => n <= 2
            ? (503, "{\"error\":\"loading model\"}")
            : (200, ChatCompletionsServerDouble.Completion(ChatCompletionsServerDouble.GoodRecipe)));

        var answer = await Teacher(server).AnswerAsync(Plan(), CancellationToken.None);

        Assert.NotNull(answer.Answer);
        Assert.Equal(3, server.Requests);
    }

    [Fact]
    public async Task Answer_ServerKeepsFailing_RejectedAfterRetries()
    {
        await using var server = new ChatCompletionsServerDouble((_, _) => (500, "{}"));

        var answer = await Teacher(server).AnswerAsync(Plan(), CancellationToken.None);

        Assert.Equal("http-error", answer.RejectReason);
        Assert.Equal(1 + Fast.MaxRetries, server.Requests);
    }

    [Fact]
    public async Task Answer_SlowServer_TimesOutPerAttempt()
    {
        await using var server = new ChatCompletionsServerDouble((_, _) => (200, ChatCompletionsServerDouble.Completion(ChatCompletionsServerDouble.GoodRecipe)), TimeSpan.FromSeconds(2));

        var answer = await Teacher(server, Fast with { Timeout = TimeSpan.FromMilliseconds(200), MaxRetries = 1 }).AnswerAsync(Plan(), CancellationToken.None);

        Assert.Equal("timeout", answer.RejectReason);
    }

    [Fact]
    public async Task Answer_Unauthorized_ThrowsConfigurationError()
    {
        await using var server = new ChatCompletionsServerDouble((_, _) => (401, "{\"error\":\"bad key\"}"));

        var e = await Assert.ThrowsAsync<TeacherConfigurationException>(() => Teacher(server).AnswerAsync(Plan(), CancellationToken.None));

        Assert.Contains("PANTRYPILOT_TEACHER_API_KEY", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Answer_ManyAtOnce_ConcurrencyLimited()
    {
        await using var server = new ChatCompletionsServerDouble((_, _) => (200, ChatCompletionsServerDouble.Completion(ChatCompletionsServerDouble.GoodRecipe)), TimeSpan.FromMilliseconds(150));
        var teacher = Teacher(server);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => teacher.AnswerAsync(Plan(i), CancellationToken.None)));

        Assert.All(answers, a => Assert.NotNull(a.Answer));
        Assert.Equal(8, server.Requests);
        Assert.InRange(server.MaxInFlight, 1, Fast.MaxConcurrency);
    }

    public void Dispose() => http.Dispose();
}
