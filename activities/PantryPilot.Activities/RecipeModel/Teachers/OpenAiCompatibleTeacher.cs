using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PantryPilot.Domain.RecipeModel;
using PantryPilot.Domain.Recipes;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace PantryPilot.Activities.RecipeModel.Teachers;

/// <summary>
/// A teacher behind an OpenAI-compatible chat-completions endpoint (Ollama, vLLM, llama.cpp server, LM Studio).
/// Asks for JSON output (<c>response_format: json_object</c>) with the serving system prompt plus the schema, parses
/// the answer, and rejects bad or truncated answers with a reason (they are counted, not written). Timeouts, retries
/// of transient failures (timeouts, 429, 5xx, connection errors) and a concurrency limit come from one Polly pipeline
/// shared by every batch in the process.
/// </summary>
public sealed class OpenAiCompatibleTeacher : IRecipeTeacher
{
    /// <summary>The shape asked for, in words the model reads (the endpoint's JSON mode only guarantees
    /// JSON).</summary>
    public const string SchemaHint =
        " Use exactly this JSON shape: {\"title\": string, \"cuisine\": string, \"time_minutes\": integer, "
        + "\"ingredients\": [{\"name\": pantry item name, \"amount\": integer, \"unit\": \"g\"|\"ml\"|\"pcs\"}], "
        + "\"suggested_additions\": [string], \"steps\": [string]}.";

    private readonly HttpClient http;
    private readonly Uri endpoint;
    private readonly string model;
    private readonly TeacherSettings settings;
    private readonly ResiliencePipeline pipeline;

    public OpenAiCompatibleTeacher(HttpClient http, string baseUrl, string model, TeacherSettings settings,
        ResiliencePipeline? pipeline = null)
    {
        this.http = http;
        endpoint = new Uri(baseUrl.TrimEnd('/') + "/chat/completions");
        this.model = model;
        this.settings = settings;
        this.pipeline = pipeline ?? BuildPipeline(settings);
    }

    public string Name => $"openai-compatible:{model}";

    /// <summary>Concurrency limit (outermost, so a retry keeps its slot), then retries with exponential backoff, then a
    /// timeout per attempt.</summary>
    public static ResiliencePipeline BuildPipeline(TeacherSettings settings) => new ResiliencePipelineBuilder()
        .AddConcurrencyLimiter(settings.MaxConcurrency, queueLimit: int.MaxValue)
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = settings.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            Delay = settings.FirstRetryDelay,
            UseJitter = true,
            ShouldHandle = new PredicateBuilder()
                .Handle<HttpRequestException>()
                .Handle<TimeoutRejectedException>()
                .Handle<TransientTeacherException>(),
        })
        .AddTimeout(settings.AttemptTimeout)
        .Build();

    public async Task<TeacherAnswer> AnswerAsync(SamplePlan plan, CancellationToken cancellationToken)
    {
        var body = RequestBody(plan);
        string content;
        try
        {
            content = await pipeline.ExecuteAsync(async ct => await SendAsync(body, ct), cancellationToken);
        }
        catch (TransientTeacherException e)
        {
            return TeacherAnswer.Rejected("http-error", $"{e.Message} (after {settings.MaxRetries} retries)");
        }
        catch (TimeoutRejectedException)
        {
            return TeacherAnswer.Rejected("timeout",
                $"no answer within {settings.AttemptTimeout.TotalSeconds:F0}s (after {settings.MaxRetries} retries)");
        }
        catch (HttpRequestException e)
        {
            return TeacherAnswer.Rejected("http-error", $"{e.Message} (after {settings.MaxRetries} retries)");
        }

        return ReadAnswer(content);
    }

    /// <summary>Reads a chat-completions response body into an answer or a rejection.</summary>
    public static TeacherAnswer ReadAnswer(string responseBody)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(responseBody);
        }
        catch (JsonException e)
        {
            return TeacherAnswer.Rejected("bad-response", $"the endpoint's response is not JSON: {e.Message}");
        }

        var choice = root?["choices"]?[0];
        var text = choice?["message"]?["content"]?.GetValue<string>();
        if (text is null)
        {
            return TeacherAnswer.Rejected("bad-response", "the response has no choices[0].message.content");
        }

        var finish = choice?["finish_reason"]?.GetValue<string>();
        var (answer, reason, detail) = RecipeAnswerParser.Parse(text);
        if (finish == "length")
        {
            // Cut off at max_tokens: even when the JSON happens to close, the answer is not what the model meant to
            // say.
            return TeacherAnswer.Rejected("truncated", $"finish_reason 'length' after {text.Length} characters");
        }

        return answer is null ? TeacherAnswer.Rejected(reason!, detail!) : new TeacherAnswer(answer, null);
    }

    private string RequestBody(SamplePlan plan)
    {
        var user =
            RecipePromptText.UserMessage(plan.Pantry.Select(p => new PromptPantryLine(p.Name, p.Quantity, p.Unit)),
                plan.Tags, plan.Cuisine, plan.Request);
        var request = new JsonObject
        {
            ["model"] = model,
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "system", ["content"] = RecipePromptText.SystemMessage + SchemaHint },
                new JsonObject { ["role"] = "user", ["content"] = user }),
            ["response_format"] = new JsonObject { ["type"] = "json_object" },
            ["temperature"] = 0.7,
            ["seed"] = plan.Seed ^ (int)(plan.Index % int.MaxValue),
            ["max_tokens"] = settings.MaxTokens,
        };
        return request.ToJsonString();
    }

    private async Task<string> SendAsync(string body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json")
        };
        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        }

        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode is HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
        {
            throw new TransientTeacherException(
                $"{endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            throw new TeacherConfigurationException(
                $"{endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase}: "
                + $"check PANTRYPILOT_TEACHER_BASE_URL, PANTRYPILOT_TEACHER_MODEL ('{model}') "
                + "and PANTRYPILOT_TEACHER_API_KEY");
        }

        if (!response.IsSuccessStatusCode)
        {
            return JsonSerializer.Serialize(new { error = $"{(int)response.StatusCode}: {text}" });
        }

        return text;
    }

    /// <summary>A failure worth retrying (429, 5xx).</summary>
    private sealed class TransientTeacherException(string message) : Exception(message);
}
