using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace PantryPilot.Activities.Tests.RecipeModel;

/// <summary>TEST DOUBLE of an OpenAI-compatible chat-completions server (Ollama, vLLM, llama.cpp server answer this
/// way): a real HTTP listener on 127.0.0.1 that answers POST /v1/chat/completions with whatever the test scripts.
/// It records every request body and the most requests it ever had in flight at once.</summary>
public sealed class ChatCompletionsServerDouble : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<int, string, (int Status, string Body)> respond;
    private readonly TimeSpan delay;
    private readonly Task loop;
    private readonly CancellationTokenSource stop = new();
    private int inFlight;
    private int requests;

    /// <param name="respond">(request number from 1, request body) → (HTTP status, response body).</param>
    public ChatCompletionsServerDouble(Func<int, string, (int Status, string Body)> respond, TimeSpan? delay = null)
    {
        this.respond = respond;
        this.delay = delay ?? TimeSpan.Zero;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    public List<string> Bodies { get; } = [];

    public List<string?> Authorizations { get; } = [];

    public int Requests => Volatile.Read(ref requests);

    public int MaxInFlight { get; private set; }

    /// <summary>A chat-completions response whose message content is <paramref name="content"/>.</summary>
    public static string Completion(string content, string finishReason = "stop") => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        model = "llama3.1:8b",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = finishReason } },
    });

    public const string GoodRecipe = "{\"title\":\"Rice Bowl\",\"cuisine\":\"Japanese\",\"time_minutes\":20,\"ingredients\":[{\"name\":\"rice\",\"amount\":200,\"unit\":\"g\"}],\"suggested_additions\":[],\"steps\":[\"Cook the rice\",\"Serve\"]}";

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
        var now = Interlocked.Increment(ref inFlight);
        lock (Bodies)
        {
            MaxInFlight = Math.Max(MaxInFlight, now);
        }

        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            int number;
            lock (Bodies)
            {
                Bodies.Add(body);
                Authorizations.Add(context.Request.Headers["Authorization"]);
                number = ++requests;
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay);
            }

            var (status, text) = context.Request.Url!.AbsolutePath == "/v1/chat/completions" ? respond(number, body) : (404, "{\"error\":\"not found\"}");
            var bytes = Encoding.UTF8.GetBytes(text);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (HttpListenerException)
        {
            // The client gave up (timeout test): nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (ObjectDisposedException)
        {
        }

        stop.Dispose();
    }
}
