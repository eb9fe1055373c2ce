using Microsoft.Extensions.Configuration;

namespace PantryPilot.Activities.RecipeModel.Teachers;

/// <summary>The endpoint teacher's configuration: section <c>Teacher</c> or env PANTRYPILOT_TEACHER_* (base URL, model,
/// API key, timeout, retries, concurrency). The API key lives only here, never in a workflow input or
/// history.</summary>
public sealed record TeacherSettings(
    string? BaseUrl = null,
    string? Model = null,
    string? ApiKey = null,
    TimeSpan? Timeout = null,
    int MaxRetries = 3,
    int MaxConcurrency = 4,
    int MaxTokens = 1024,
    TimeSpan? RetryDelay = null)
{
    public TimeSpan AttemptTimeout => Timeout ?? TimeSpan.FromSeconds(60);

    public TimeSpan FirstRetryDelay => RetryDelay ?? TimeSpan.FromSeconds(1);

    public static TeacherSettings From(IConfiguration configuration)
    {
        string? Get(string key, string variable) => configuration[$"Teacher:{key}"] is { Length: > 0 } v ? v
            : configuration[variable] is { Length: > 0 } e ? e : null;
        int Int(string key, string variable, int fallback) =>
            Get(key, variable) is { } text ? int.TryParse(text, out var n) && n > 0 ? n
                : throw new ArgumentException($"{variable} must be a positive whole number (got '{text}')") : fallback;
        var seconds = Int("TimeoutSeconds", "PANTRYPILOT_TEACHER_TIMEOUT_SECONDS", 60);
        return new TeacherSettings(
            Get("BaseUrl", "PANTRYPILOT_TEACHER_BASE_URL"),
            Get("Model", "PANTRYPILOT_TEACHER_MODEL"),
            Get("ApiKey", "PANTRYPILOT_TEACHER_API_KEY"),
            TimeSpan.FromSeconds(seconds),
            Int("MaxRetries", "PANTRYPILOT_TEACHER_MAX_RETRIES", 3),
            Int("MaxConcurrency", "PANTRYPILOT_TEACHER_MAX_CONCURRENCY", 4),
            Int("MaxTokens", "PANTRYPILOT_TEACHER_MAX_TOKENS", 1024));
    }
}
