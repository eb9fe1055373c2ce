using System.Net;
using System.Runtime.CompilerServices;
using Google;
using Google.Cloud.Storage.V1;
using Polly;
using Polly.Retry;

namespace PantryPilot.Activities.Versioning;

/// <summary>A remote in Google Cloud Storage, <c>gs://bucket/prefix</c>. Credentials come from the environment the way
/// the Google libraries always find them (GOOGLE_APPLICATION_CREDENTIALS, gcloud, metadata server); with
/// STORAGE_EMULATOR_HOST set it talks to that emulator without credentials. Transient failures are retried with
/// Polly.</summary>
public sealed class GcsRemote : IVersionRemote
{
    public const string EmulatorHostVariable = "STORAGE_EMULATOR_HOST";

    private readonly StorageClient client;
    private readonly ResiliencePipeline retry;

    public GcsRemote(StorageClient client, string bucket, string prefix, RetryStrategyOptions? retryOptions = null)
    {
        this.client = client;
        Bucket = bucket;
        Prefix = prefix.Trim('/').Length == 0 ? string.Empty : prefix.Trim('/') + "/";
        retry = new ResiliencePipelineBuilder().AddRetry(retryOptions ?? DefaultRetry()).Build();
    }

    public string Bucket { get; }

    public string Prefix { get; }

    public string Description => $"gs://{Bucket}/{Prefix}";

    /// <summary>Parses <c>gs://bucket[/prefix]</c>.</summary>
    public static (string Bucket, string Prefix) ParseUri(string uri)
    {
        if (!uri.StartsWith("gs://", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{uri}' is not a gs://bucket/prefix address", nameof(uri));
        }

        var rest = uri[5..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        if (bucket.Length == 0)
        {
            throw new ArgumentException($"'{uri}' names no bucket", nameof(uri));
        }

        return (bucket, slash < 0 ? string.Empty : rest[(slash + 1)..]);
    }

    /// <summary>A client for production, or for the emulator named by STORAGE_EMULATOR_HOST (host:port or a
    /// URL).</summary>
    public static StorageClient CreateClient(string? emulatorHost)
    {
        if (string.IsNullOrWhiteSpace(emulatorHost))
        {
            try
            {
                return StorageClient.Create();
            }
            catch (InvalidOperationException e)
            {
                throw new RemoteUnavailableException(
                    $"no Google Cloud credentials found ({e.Message}); set GOOGLE_APPLICATION_CREDENTIALS or run "
                    + "`gcloud auth application-default login`",
                    e);
            }
        }

        var root = emulatorHost.Contains("://", StringComparison.Ordinal)
            ? emulatorHost.TrimEnd('/')
            : "http://" + emulatorHost.TrimEnd('/');
        return new StorageClientBuilder { BaseUri = root + "/storage/v1/", UnauthenticatedAccess = true }.Build();
    }

    public static GcsRemote Create(string uri, string? emulatorHost, RetryStrategyOptions? retryOptions = null)
    {
        var (bucket, prefix) = ParseUri(uri);
        return new GcsRemote(CreateClient(emulatorHost), bucket, prefix, retryOptions);
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken ct)
    {
        try
        {
            await RunAsync(
                key,
                async token => await client.GetObjectAsync(Bucket, Prefix + key, cancellationToken: token),
                ct);
            return true;
        }
        catch (VersioningException e)
            when (e.InnerException is GoogleApiException { HttpStatusCode: HttpStatusCode.NotFound })
        {
            return false;
        }
    }

    public Task UploadAsync(string key, Stream content, CancellationToken ct) => RunAsync(key, async token =>
    {
        content.Position = 0;
        await client.UploadObjectAsync(
            Bucket,
            Prefix + key,
            "application/octet-stream",
            content,
            cancellationToken: token);
        return true;
    }, ct);

    public Task DownloadAsync(string key, Stream destination, CancellationToken ct) => RunAsync(key, async token =>
    {
        destination.Position = 0;
        destination.SetLength(0);
        await client.DownloadObjectAsync(Bucket, Prefix + key, destination, cancellationToken: token);
        return true;
    }, ct);

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken ct)
    {
        var names = new List<string>();
        string? pageToken = null;
        do
        {
            var page = await RunAsync(prefix, async token =>
            {
                var request = client.Service.Objects.List(Bucket);
                request.Prefix = Prefix + prefix;
                request.PageToken = pageToken;
                request.Fields = "items(name),nextPageToken";
                return await request.ExecuteAsync(token);
            }, ct);
            names.Clear();
            names.AddRange((page.Items ?? []).Select(o => o.Name[Prefix.Length..]));
            pageToken = page.NextPageToken;
            foreach (var name in names)
            {
                yield return name;
            }
        }
        while (pageToken is not null);
    }

    private static RetryStrategyOptions DefaultRetry() => new()
    {
        MaxRetryAttempts = 4,
        Delay = TimeSpan.FromMilliseconds(500),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldHandle = args =>
            ValueTask.FromResult(IsTransient(args.Outcome.Exception, args.Context.CancellationToken)),
    };

    /// <summary>Network failures, timeouts, 408, 429 and 5xx are worth another try; 4xx answers are not.</summary>
    public static bool IsTransient(Exception? e, CancellationToken ct) => e switch
    {
        null => false,
        GoogleApiException api => api.HttpStatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            || (int)api.HttpStatusCode >= 500,
        HttpRequestException or IOException => true,
        TaskCanceledException => !ct.IsCancellationRequested,
        _ => false,
    };

    private async Task<T> RunAsync<T>(string key, Func<CancellationToken, ValueTask<T>> call, CancellationToken ct)
    {
        try
        {
            return await retry.ExecuteAsync(call, ct);
        }
        catch (GoogleApiException e) when (e.HttpStatusCode == HttpStatusCode.NotFound)
        {
            throw new VersioningException(
                $"{Description}{key} not found on the remote (is the bucket '{Bucket}' there?)",
                e);
        }
        catch (GoogleApiException e) when (e.HttpStatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new RemoteUnavailableException(
                $"{Description}: access denied ({(int)e.HttpStatusCode}); check the Google Cloud credentials",
                e);
        }
        catch (Exception e) when (IsTransient(e, ct) || e is GoogleApiException)
        {
            throw new RemoteUnavailableException(
                $"{Description} is unreachable or failing ({e.GetType().Name}: {e.Message})",
                e);
        }
    }
}
