using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PantryPilot.Activities.Notifications;

namespace PantryPilot.Activities.Tests.Notifications;

/// <summary>The real notifier, built the way a worker builds it (AddNotifications over configuration), with short
/// retry timings, a shiftable clock, captured logs and optionally a ledger wrapped by a test double.</summary>
public sealed class NotifierHarness : IAsyncDisposable
{
    public const string SigningKey = "test-signing-key-0123456789-abcdefghijklmnop";

    private readonly ServiceProvider services;

    public NotifierHarness(
        IDictionary<string, string?> settings,
        Func<IDeliveryLedger, IDeliveryLedger>? wrapLedger = null,
        TempDirectory? folder = null
    )
    {
        Folder = folder ?? new TempDirectory();
        var defaults = new Dictionary<string, string?>
        {
            ["Notifications:Directory"] = Folder.Path,
            ["Notifications:MaxAttempts"] = "3",
            ["Notifications:FirstDelaySeconds"] = "0.05",
            ["Notifications:MaxDelaySeconds"] = "0.2",
            ["Notifications:AttemptTimeoutSeconds"] = "5",
        };
        foreach (var (key, value) in settings)
        {
            defaults[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(defaults).Build();
        var collection = new ServiceCollection()
            .AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<TimeProvider>(Clock)
            .AddNotifications(configuration);
        if (wrapLedger is not null)
        {
            var original = collection.Single(d => d.ServiceType == typeof(IDeliveryLedger));
            collection.Remove(original);
            collection.AddSingleton(sp => wrapLedger((IDeliveryLedger)original.ImplementationFactory!(sp)));
        }

        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public TempDirectory Folder { get; }

    public CapturedLogs Logs { get; } = new();

    public ShiftedClock Clock { get; } = new();

    public Notifier Notifier => services.GetRequiredService<Notifier>();

    public NotificationActivities Activities => services.GetRequiredService<NotificationActivities>();

    public IDeliveryLedger Ledger => services.GetRequiredService<IDeliveryLedger>();

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>One webhook channel named "hook" pointing at <paramref name="url"/>.</summary>
    public static Dictionary<string, string?> Webhook(string url, string type = "webhook", string? rate = null) =>
        new()
        {
            ["Notifications:Channels:hook:Type"] = type,
            ["Notifications:Channels:hook:Url"] = url,
            ["Notifications:Channels:hook:SigningKey"] = type == "webhook" ? SigningKey : null,
            ["Notifications:Channels:hook:RateLimit"] = rate,
        };

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        Folder.Dispose();
    }
}
