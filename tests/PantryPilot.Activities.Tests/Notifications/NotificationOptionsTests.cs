using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PantryPilot.Activities.Notifications;

namespace PantryPilot.Activities.Tests.Notifications;

/// <summary>Bad configuration fails at start-up (ValidateOnStart), every problem named by its key, no secret
/// quoted.</summary>
public sealed class NotificationOptionsTests
{
    private const string SlackUrl = "http://hooks.example.com/services/T0/B0/xoxsecret123456";

    private static NotificationConfigurationException Problems(Dictionary<string, string?> settings) =>
        Assert.Throws<NotificationConfigurationException>(() =>
            new ConfigurationBuilder().AddInMemoryCollection(settings).Build().ReadNotificationOptions()
        );

    [Fact]
    public void Read_EveryProblem_NamedByKeyWithoutTheSecret()
    {
        var error = Problems(
            new()
            {
                ["Notifications:Channels:ops:Type"] = "slack",
                ["Notifications:Channels:ops:Url"] = SlackUrl,
                ["Notifications:Channels:ops:Events"] = "validation-failed, everything",
                ["Notifications:Channels:audit:Type"] = "webhook",
                ["Notifications:Channels:audit:Url"] = "https://audit.example.com/in",
                ["Notifications:Channels:audit:SigningKey"] = "short",
                ["Notifications:Channels:audit:RateLimit"] = "lots",
                ["Notifications:Ledger"] = "redis",
                ["Approval:Approvers"] = "ana",
            }
        );

        Assert.Equal(
            new[]
            {
                "Notifications:Ledger must be file or postgres (got 'redis')",
                "Notifications:Channels:ops:Url must use https (plain http only to a loopback address): the URL and the message would travel in clear text",
                "Notifications:Channels:ops:Events: unknown event kind 'everything' (known: validation-failed, household-alerts, expiry-reminder, weekly-digest, training-finished, training-failed, approval-requested, promotion-done, promotion-rolled-back)",
                "Notifications:Channels:audit:SigningKey is required for a webhook channel and must be at least 32 characters (e.g. openssl rand -base64 48)",
                "Notifications:Channels:audit:RateLimit: rate limit 'lots': write it as N/s, N/min or N/h with N a whole number of at least 1",
                "Approval:SigningKey is not set, but Approval:Approvers or Approval:LinkBaseUrl is: approval links need the key",
            }.Order(StringComparer.Ordinal),
            error.Errors.Order(StringComparer.Ordinal)
        );
        Assert.DoesNotContain("xoxsecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_BadChannel_FailsAtStartNotAtFirstSend()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Notifications:Channels:ops:Type"] = "webhook" }
        );
        builder.Services.AddNotifications(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            host.StartAsync()
        );

        Assert.Contains(
            "Notifications:Channels:ops:Url is required for this channel type",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Read_NothingConfigured_OneFileChannelAndNoPolling()
    {
        var (options, approval) = new ConfigurationBuilder().Build().ReadNotificationOptions();

        Assert.Equal(["file"], options.EffectiveChannels.Keys);
        Assert.False(options.ShouldPoll);
        Assert.False(approval.IsConfigured);
    }

    [Fact]
    public void ChannelOptions_ToString_HidesUrlAndKey()
    {
        var channel = new ChannelOptions
        {
            Type = ChannelType.Webhook,
            Url = SlackUrl,
            SigningKey = "k-0123456789-0123456789-0123456789",
        };

        Assert.Equal("Webhook (url set) (signed)", channel.ToString());
    }
}
