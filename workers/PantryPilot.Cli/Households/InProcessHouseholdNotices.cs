using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PantryPilot.Activities.Notifications;
using PantryPilot.Contracts.Notifications;

namespace PantryPilot.Cli.Households;

/// <summary>The notifier in this process: the same <see cref="Notifier"/> the <c>notifications</c> worker runs, on the
/// configured channels (none configured: the file channel, <c>&lt;data dir&gt;/notifications/outbox.jsonl</c>). Built
/// on first use, so a command that sends nothing never reads the channel configuration. A send that throws is an
/// outcome (GaveUp), as on Temporal: the household's timers go on.</summary>
public sealed class InProcessHouseholdNotices(IConfiguration configuration, string dataDir)
    : INotificationActivities, IAsyncDisposable
{
    private ServiceProvider? services;

    public async Task<SendNotificationOutput> SendAsync(SendNotificationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            services ??= new ServiceCollection()
                .AddLogging()
                .AddNotifications(WithDirectory())
                .BuildServiceProvider();
            return await services.GetRequiredService<Notifier>().SendAsync(input, CancellationToken.None);
        }
        catch (Exception e)
            when (e is InvalidOperationException or IOException or UnauthorizedAccessException
                or NotificationInputException or OptionsValidationException)
        {
            var gaveUp = new ChannelDelivery("in-process", DeliveryStatus.GaveUp, 0, e.Message);
            return new(input.Event.EventId, input.Event.Kind, [gaveUp]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
    }

    private IConfiguration WithDirectory()
    {
        if (configuration["Notifications:Directory"] is not null)
        {
            return configuration;
        }

        var folder = Path.Combine(dataDir, "notifications");
        return new ConfigurationBuilder().AddConfiguration(configuration)
            .AddInMemoryCollection([new("Notifications:Directory", folder)]).Build();
    }
}
