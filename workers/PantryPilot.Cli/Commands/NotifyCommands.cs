using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PantryPilot.Activities.Notifications;
using PantryPilot.Contracts.Notifications;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot notify channels|test`: the notifier's configured channels, and a sample event sent through one
/// of them by the same code the notifications worker runs (ledger included).</summary>
public static class NotifyCommands
{
    public static Command Build()
    {
        var command = new Command(
            "notify",
            "Notifications: list the configured channels, send a sample event (docs/notifications.md)."
        );
        command.Subcommands.Add(BuildChannels());
        command.Subcommands.Add(BuildTest());
        return command;
    }

    private static Command BuildChannels()
    {
        var channels = new Command(
            "channels",
            "List the channels this configuration defines (Notifications:Channels), without their secrets."
        );
        channels.SetAction(_ =>
        {
            if (Read() is not { } options)
            {
                return ExitCodes.BadInput;
            }

            var table = new Table().AddColumns("channel", "type", "events", "rate limit", "target");
            foreach (var (name, channel) in options.EffectiveChannels.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                table.AddRow(
                    Markup.Escape(name),
                    channel.Type.ToString().ToLowerInvariant(),
                    Markup.Escape(channel.EventKinds.Count == 0 ? "all" : string.Join(", ", channel.EventKinds)),
                    channel.Limit.ToString(),
                    Markup.Escape(Target(options, channel))
                );
            }

            AnsiConsole.Write(table);
            var ledger = options.Ledger == "file"
                ? Path.GetFullPath(Path.Combine(options.Directory, "deliveries"))
                : "table notification_deliveries";
            AnsiConsole.MarkupLineInterpolated($"ledger: {options.Ledger} ({ledger})");
            return ExitCodes.Ok;
        });
        return channels;
    }

    private static Command BuildTest()
    {
        var channel = new Option<string?>("--channel")
        {
            Description = "The channel to send to (default: every channel subscribed to the event's kind)",
        };
        var kind = new Option<string>("--event")
        {
            Description = $"The kind of sample event: {string.Join(", ", NotificationKinds.All)}",
            DefaultValueFactory = _ => NotificationKinds.ValidationFailed,
        };
        var test = new Command(
            "test",
            "Send a sample event (fresh event id) and print each channel's outcome; exit 10 when a channel did not " +
            "take it."
        )
        {
            channel,
            kind,
        };
        test.SetAction(
            async (parse, ct) =>
            {
                var eventKind = parse.GetValue(kind)!;
                if (!NotificationKinds.All.Contains(eventKind))
                {
                    var known = string.Join(", ", NotificationKinds.All);
                    AnsiConsole.MarkupLineInterpolated(
                        $"[red]error:[/] --event '{eventKind}' is not an event kind; known: {known}");
                    return ExitCodes.BadInput;
                }

                if (Read() is not { } options)
                {
                    return ExitCodes.BadInput;
                }

                var name = parse.GetValue(channel);
                if (name is not null && !options.EffectiveChannels.ContainsKey(name))
                {
                    var configured = string.Join(", ", options.EffectiveChannels.Keys);
                    AnsiConsole.MarkupLineInterpolated(
                        $"[red]error:[/] no channel '{name}' is configured (configured: {configured})");
                    return ExitCodes.BadInput;
                }

                await using var services = new ServiceCollection()
                    .AddLogging()
                    .AddNotifications(CliConfiguration.Load())
                    .BuildServiceProvider();
                var notice = SampleNotifications.Of(eventKind, DateTimeOffset.UtcNow);
                SendNotificationOutput output;
                try
                {
                    output = await services
                        .GetRequiredService<Notifier>()
                        .SendAsync(new SendNotificationInput(notice, name is null ? null : [name]), ct);
                }
                catch (Exception e)
                    when (e
                            is NotificationInputException
                                or InvalidOperationException
                                or IOException
                                or Npgsql.NpgsqlException
                    )
                {
                    var mask = services.GetRequiredService<PantryPilot.Domain.Notifications.SecretMask>();
                    AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {mask.Apply(e.Message)}");
                    return ExitCodes.InternalError;
                }

                AnsiConsole.MarkupLineInterpolated($"event [bold]{output.EventId}[/] ({output.Kind})");
                foreach (var d in output.Deliveries)
                {
                    var colour = d.Status is DeliveryStatus.Delivered or DeliveryStatus.AlreadyDelivered
                        ? "green"
                        : "red";
                    AnsiConsole.MarkupLineInterpolated(
                        $"  {d.Channel}: [{colour}]{d.Status}[/] after {d.Attempts} attempt(s): {d.Detail}"
                    );
                }

                if (output.Deliveries.Count == 0)
                {
                    AnsiConsole.MarkupLineInterpolated($"[yellow]no channel subscribes to {output.Kind}[/]");
                    return ExitCodes.DeliveryFailed;
                }

                return output.AllDelivered ? ExitCodes.Ok : ExitCodes.DeliveryFailed;
            }
        );
        return test;
    }

    /// <summary>The options through the shared binding and validators; every problem printed, null when
    /// unusable.</summary>
    private static NotificationOptions? Read()
    {
        try
        {
            return CliConfiguration.Load().ReadNotificationOptions().Notifications;
        }
        catch (NotificationConfigurationException e)
        {
            foreach (var error in e.Errors)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]configuration error:[/] {error}");
            }

            return null;
        }
    }

    /// <summary>Where a channel delivers, without its secret: a URL's scheme and host only.</summary>
    private static string Target(NotificationOptions options, ChannelOptions channel) =>
        channel.Type switch
        {
            ChannelType.File => Path.GetFullPath(channel.Path ?? Path.Combine(options.Directory, "outbox.jsonl")),
            _ => Uri.TryCreate(channel.Url, UriKind.Absolute, out var uri)
                ? $"{uri.Scheme}://{uri.Authority}/***"
                : "***",
        };
}
