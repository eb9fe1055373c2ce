using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PantryPilot.Activities.Tests.Notifications;

/// <summary>TEST DOUBLE of a webhook receiver: a real HTTP listener on 127.0.0.1 (a free port) that answers each
/// request as the test scripts it (status, body, delay before answering, Retry-After) and, like a careful receiver,
/// drops a request whose Idempotency-Key it has already accepted. It counts raw requests and accepted (de-duplicated)
/// deliveries per event id, and keeps every request's headers and body.</summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<int, Answer> script;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly ConcurrentDictionary<string, int> accepted = new(StringComparer.Ordinal);
    private int requests;

    /// <param name="script">Request number (from 1) → the answer.</param>
    public WebhookListener(Func<int, Answer> script, string path = "/hooks/T000/B000/s3cr3t-w3bh00k-path")
    {
        this.script = script;
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        Url = $"http://127.0.0.1:{port}{path}";
        loop = Task.Run(ServeAsync);
    }

    public sealed record Answer(int Status, string Body = "", TimeSpan? Delay = null, int? RetryAfterSeconds = null);

    public sealed record Request(string Body, byte[] RawBody, IReadOnlyDictionary<string, string?> Headers);

    public string Url { get; }

    public int Requests => Volatile.Read(ref requests);

    public ConcurrentQueue<Request> Received { get; } = new();

    /// <summary>Deliveries the receiver kept (2xx answered, key not seen before), per Idempotency-Key.</summary>
    public IReadOnlyDictionary<string, int> Accepted => accepted;

    public static Answer Ok(string body = "ok") => new(200, body);

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var memory = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(memory);
            var raw = memory.ToArray();
            var headers = context
                .Request.Headers.AllKeys.OfType<string>()
                .ToDictionary(k => k, k => context.Request.Headers[k], StringComparer.OrdinalIgnoreCase);
            Received.Enqueue(new Request(Encoding.UTF8.GetString(raw), raw, headers));
            var answer = script(Interlocked.Increment(ref requests));
            if (answer.Delay is { } delay)
            {
                await Task.Delay(delay);
            }

            var key = headers.GetValueOrDefault("Idempotency-Key") ?? "(none)";
            if (answer.Status is >= 200 and < 300 && answer.Body is "" or "ok" or "{}")
            {
                accepted.AddOrUpdate(key, 1, (_, n) => n);
            }

            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.StatusCode = answer.Status;
            if (answer.RetryAfterSeconds is { } seconds)
            {
                context.Response.AddHeader(
                    "Retry-After",
                    seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)
                );
            }

            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (HttpListenerException)
        {
            // The sender gave up (a timeout test): nothing to answer.
        }
        catch (ObjectDisposedException) { }
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            listener.Close();
        }
        catch (HttpListenerException)
        {
            // Linux's managed HttpListener re-binds the port to remove its prefixes on Close after Stop; when a test
            // beside this one took the freed port meanwhile, that fails with "address already in use". Stop already
            // released everything this test needs released.
        }
        try
        {
            await loop;
        }
        catch (ObjectDisposedException) { }

        stop.Dispose();
    }
}
