using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Approval;
using PantryPilot.Activities.Notifications;
using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Hosting;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.Cli.Hosting;

public static class NotificationsWorker
{
    /// <summary>Activity slots of the notifications worker: sends are short, and each channel has its own rate
    /// limit.</summary>
    public const int ActivitySlots = 4;

    /// <summary>The notifier's options (validated on start on every worker, so a bad channel fails start-up) and, where
    /// configured, two more hosted workers: one on the notifications queue (a channel is configured, or
    /// Notifications:Poll=true) and one on the approvals queue (Approval:SigningKey is set).</summary>
    public static IServiceCollection AddNotificationsWorker(
        this IServiceCollection services,
        TemporalOptions settings,
        IConfiguration configuration
    )
    {
        services.AddNotifications(configuration);
        var (notifications, approval) = configuration.ReadNotificationOptions();
        if (notifications.ShouldPoll)
        {
            services
                .AddTemporalWorker(
                    settings with
                    {
                        TaskQueue = NotificationNames.TaskQueue,
                        MaxConcurrentActivities = ActivitySlots,
                    },
                    o => o.GracefulShutdownTimeout = WorkerHostExtensions.GracefulShutdown
                )
                .AddScopedActivities<NotificationActivities>();
        }

        if (approval.IsConfigured)
        {
            services
                .AddTemporalWorker(
                    settings with
                    {
                        TaskQueue = ApprovalNames.TaskQueue,
                        MaxConcurrentActivities = ActivitySlots,
                    },
                    o => o.GracefulShutdownTimeout = WorkerHostExtensions.GracefulShutdown
                )
                .AddScopedActivities<ApprovalActivities>();
        }

        return services;
    }
}
