using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PantryPilot.Contracts.RecipeModel;
using PantryPilot.Inference.Hosting;

namespace PantryPilot.Inference.Model;

/// <summary>Re-reads the registry at start and every <see cref="InferenceOptions.RegistryPollSeconds"/> (works on any
/// shared file system or mounted bucket, where change notifications are unreliable).</summary>
public sealed partial class PromotedModelWatcher(
    PromotedModelTracker tracker,
    InferenceOptions options,
    ILogger<PromotedModelWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.RegistryPath))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.RegistryPollSeconds));
        do
        {
            try
            {
                tracker.Refresh(options.RegistryPath);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                LogRegistryUnreadable(logger, options.RegistryPath, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "model registry {Path} unreadable, keeping the served model: {Reason}")]
    private static partial void LogRegistryUnreadable(ILogger logger, string path, string reason);
}
