using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PantryPilot.Contracts;
using PantryPilot.Domain.Storage;
using PantryPilot.Hosting;
using PantryPilot.Hosting.Telemetry;
using PantryPilot.Inference.Hosting;
using PantryPilot.Inference.Model;
using PantryPilot.InferenceWorker;

// pantrypilot-inference: loads the recipe model once and serves TEMPORAL_TASK_QUEUE (default recipe-inference).
// Usage and flags: InferenceCommandLine.Usage (--help).
var line = InferenceCommandLine.Parse(args);
if (line.Help)
{
    Console.WriteLine(InferenceCommandLine.Usage);
    return 0;
}

if (line.Error is { } argumentError)
{
    Console.Error.WriteLine($"pantrypilot-inference: {argumentError}");
    Console.Error.WriteLine(InferenceCommandLine.Usage);
    return 2;
}

var builder = Host.CreateApplicationBuilder(line.HostArgs);
var configuration = builder.Configuration;
if (line.Check)
{
    try
    {
        return HealthCheck.Run(InferenceServiceCollectionExtensions.ReadOptions(configuration), line.AllowFallback);
    }
    catch (Exception ex) when (ex is InvalidOperationException or FileNotFoundException or InvalidDataException)
    {
        Console.Error.WriteLine($"pantrypilot-inference: {ex.Message}");
        return 1;
    }
}

TemporalOptions temporal;
DataRoot dataRoot;
try
{
    if (configuration["Inference:TaskQueue"] is { Length: > 0 })
    {
        throw new TemporalConfigurationException(
            [$"Inference:TaskQueue is no longer read: set {TemporalOptions.Keys.TaskQueue} (default "
                + $"{TaskQueues.Inference})"]);
    }

    var inference = InferenceServiceCollectionExtensions.ReadOptions(configuration);
    var defaults = new TemporalDefaults(TaskQueues.Inference, inference.MaxConcurrentActivities, Address: null);
    temporal = configuration.ReadTemporalOptions(defaults);
    dataRoot = DataRoot.ForWorker(DataRootOptions.From(configuration).FullRoot());

    // The registry is a file of the shared data: a relative Inference:RegistryPath names it under the data root.
    var registryKey = $"{InferenceOptions.Section}:{nameof(InferenceOptions.RegistryPath)}";
    if (configuration[registryKey] is { Length: > 0 } registry && !Path.IsPathRooted(registry))
    {
        try
        {
            configuration[registryKey] = dataRoot.Resolve(registry);
        }
        catch (DataLocationException e)
        {
            throw new InvalidOperationException($"{registryKey}: {e.Message}", e);
        }
    }

    // One number for the worker's activity slots and the generation gate on the shared model.
    configuration[$"{InferenceOptions.Section}:{nameof(InferenceOptions.MaxConcurrentActivities)}"] =
        temporal.ActivitySlots.ToString(CultureInfo.InvariantCulture);
    builder.Services.AddRecipeInference(configuration);
    builder.Services.AddTemporalOptions(configuration, defaults);
    builder.Services.AddPantryPilotTelemetry(configuration, console: false, "pantrypilot-inference");
    builder.Services.AddInferenceWorker(temporal, dataRoot);
}
catch (TemporalConfigurationException ex)
{
    foreach (var error in ex.Errors)
    {
        Console.Error.WriteLine($"pantrypilot-inference: configuration error: {error}");
    }

    Console.Error.WriteLine(
        "pantrypilot-inference: --help lists the settings; --check verifies the model without a server.");
    return 2;
}
catch (Exception ex) when (ex is InvalidOperationException or DirectoryNotFoundException)
{
    Console.Error.WriteLine($"pantrypilot-inference: configuration error: {ex.Message}");
    return 2;
}

Console.WriteLine(
    $"pantrypilot-inference: Temporal {temporal}, up to {temporal.ActivitySlots} concurrent activities, data root "
    + $"{dataRoot.FullPath}");
if (temporal.TaskQueue != TaskQueues.Inference)
{
    Console.WriteLine(
        "pantrypilot-inference: note: the recipe-model workflow sends checkpoint evaluation to "
        + $"{TaskQueues.Inference}; this pool serves {temporal.TaskQueue} and gets only what is sent there.");
}

// Wait for the server (one line per attempt, backoff) before loading the model and polling; Ctrl+C/SIGTERM stop the
// wait.
using (var waiting = new CancellationTokenSource())
{
    using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    try
    {
        await TemporalConnector.ConnectAsync(
            temporal,
            waiting.Token,
            l => Console.WriteLine($"pantrypilot-inference: {l}"));
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine("pantrypilot-inference: stopped while waiting for the server");
        return 0;
    }

    void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        waiting.Cancel();
    }
}

using var host = builder.Build();

// Load the model once, before polling, and say what we got.
Console.WriteLine(HealthCheck.Describe(host.Services.GetRequiredService<RecipeModelHost>()));
var workers = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
await host.RunAsync();

// The host stops without throwing when the worker fails (e.g. the server went away): report it in the exit code.
return workers.Any(w => w.ExecuteTask is { IsFaulted: true }) ? 1 : 0;
