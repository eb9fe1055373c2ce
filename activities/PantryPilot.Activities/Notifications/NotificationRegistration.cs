using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PantryPilot.Activities.Approval;
using PantryPilot.Activities.Database;
using PantryPilot.Contracts.Approval;
using PantryPilot.Contracts.Notifications;
using PantryPilot.Domain.Notifications;

namespace PantryPilot.Activities.Notifications;

/// <summary>The notifier and approval verification: options bound from the Notifications and Approval sections and
/// validated on start, the channels, the ledger, the activities.</summary>
public static class NotificationRegistration
{
    /// <summary>What a host registers on the notifications queue.</summary>
    public static readonly IReadOnlyList<Type> NotificationActivityTypes = [typeof(NotificationActivities)];

    /// <summary>What a host registers on the approvals queue (only with Approval:SigningKey set).</summary>
    public static readonly IReadOnlyList<Type> ApprovalActivityTypes = [typeof(ApprovalActivities)];

    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>()
        );
        services
            .AddOptions<ApprovalOptions>()
            .Bind(configuration.GetSection(ApprovalOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<ApprovalOptions>, ApprovalOptionsValidator>()
        );
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SecretMask(
            sp.GetRequiredService<IOptions<NotificationOptions>>()
                .Value.Secrets.Concat(sp.GetRequiredService<IOptions<ApprovalOptions>>().Value.Secrets)
        ));
        services.TryAddSingleton(sp => new NotificationLease(
            sp.GetRequiredService<IOptions<NotificationOptions>>().Value.Lease
        ));
        services.TryAddSingleton<NotificationChannels>();
        services.TryAddSingleton<ApprovalLinks>();
        services.TryAddSingleton<IDeliveryLedger>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<NotificationOptions>>().Value;
            return options.Ledger == "postgres"
                ? new PostgresDeliveryLedger(
                    new PantryDatabase(DatabaseOptions.From(configuration), ConnectRetryOptions.None)
                )
                : new FileDeliveryLedger(options.Directory);
        });
        services.TryAddSingleton<Notifier>();
        services.TryAddTransient<NotificationActivities>();
        services.TryAddTransient<INotificationActivities>(sp => sp.GetRequiredService<NotificationActivities>());
        services.TryAddTransient<ApprovalActivities>();
        services.TryAddTransient<IApprovalActivities>(sp => sp.GetRequiredService<ApprovalActivities>());
        return services;
    }

    /// <summary>The options through the same binding and validators, for code that runs without a host (the CLI);
    /// throws <see cref="NotificationConfigurationException"/> listing every problem.</summary>
    public static (NotificationOptions Notifications, ApprovalOptions Approval) ReadNotificationOptions(
        this IConfiguration configuration
    )
    {
        using var services = new ServiceCollection()
            .AddLogging()
            .AddNotifications(configuration)
            .BuildServiceProvider();
        var errors = new List<string>();
        var notifications = Value<NotificationOptions>(services, errors);
        var approval = Value<ApprovalOptions>(services, errors);
        return errors.Count == 0 ? (notifications!, approval!) : throw new NotificationConfigurationException(errors);
    }

    private static T? Value<T>(IServiceProvider services, List<string> errors)
        where T : class
    {
        try
        {
            return services.GetRequiredService<IOptions<T>>().Value;
        }
        catch (OptionsValidationException e)
        {
            errors.AddRange(e.Failures);
        }
        catch (InvalidOperationException e)
            when (e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            errors.Add(e.Message);
        }

        return null;
    }
}
