using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using PantryPilot.InferenceWorker;

// pantrypilot-inference: loads the recipe model once and serves the recipe-inference task queue.
//   --check   load the model, generate a few tokens, print the health line and exit 0 (for operators).
var builder = Host.CreateApplicationBuilder(args.Where(a => a != "--check").ToArray());
InferenceOptions options;
try
{
    options = InferenceServiceCollectionExtensions.ReadOptions(builder.Configuration);
    builder.Services.AddRecipeInference(builder.Configuration);
    if (args.Contains("--check"))
    {
        return HealthCheck.Run(options);
    }
}
catch (Exception ex) when (ex is InvalidOperationException or FileNotFoundException or InvalidDataException)
{
    Console.Error.WriteLine($"pantrypilot-inference: {ex.Message}");
    return 1;
}

var address = builder.Configuration["TEMPORAL_ADDRESS"];
if (string.IsNullOrWhiteSpace(address))
{
    Console.Error.WriteLine(
        "pantrypilot-inference: TEMPORAL_ADDRESS is not set, so there is no Temporal server to poll. "
        + "Set TEMPORAL_ADDRESS=host:7233 (and TEMPORAL_NAMESPACE) to serve the recipe-inference queue, "
        + "or run with --check to verify the model loads and generates.");
    return 2;
}

builder.Services.AddInferenceWorker(builder.Configuration, address, options);
using var host = builder.Build();

// Load the model once, before polling, and say what we got.
Console.WriteLine(HealthCheck.Describe(host.Services.GetRequiredService<RecipeModelHost>()));
var workers = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
await host.RunAsync();

// The host stops without throwing when the worker fails (e.g. the server is unreachable): report it in the exit code.
return workers.Any(w => w.ExecuteTask is { IsFaulted: true }) ? 1 : 0;
