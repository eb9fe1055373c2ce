using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PantryPilot.Activities.Notifications;
using PantryPilot.Cli.Approvals;
using PantryPilot.Contracts.Approval;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot approvals serve`: the small endpoint behind the approval links of the chat buttons. It
/// verifies a link's token with verify-approval (Approval:* of this host), shows a confirmation page, and on confirm
/// sends the decide-promotion update to the waiting run on Temporal, whose handler verifies the token once
/// more.</summary>
public static class ApprovalCommands
{
    public static Command Build()
    {
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 8088 };
        var bind = new Option<string>("--bind")
        {
            Description = "Address to listen on (put a TLS proxy in front; links should be https)",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var serve = new Command(
            "serve",
            "Serve <base>/approve?token=...: verify the token, confirm, then send decide-promotion to the run "
                + "(needs Approval:SigningKey, Approval:Approvers and TEMPORAL_ADDRESS)")
        {
            port,
            bind,
        };
        serve.SetAction(async (parse, ct) =>
        {
            var configuration = CliConfiguration.Load();
            try
            {
                if (!configuration.ReadNotificationOptions().Approval.IsConfigured)
                {
                    AnsiConsole.MarkupLine(
                        "[red]error:[/] Approval:SigningKey is not set: this host cannot verify tokens");
                    return ExitCodes.BadInput;
                }
            }
            catch (NotificationConfigurationException e)
            {
                foreach (var error in e.Errors)
                {
                    AnsiConsole.MarkupLineInterpolated($"[red]configuration error:[/] {error}");
                }

                return ExitCodes.BadInput;
            }

            if (parse.GetValue(port) is var bad and (< 1 or > 65535))
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] --port must be 1 to 65535 (got {bad})");
                return ExitCodes.BadInput;
            }

            if (await PipelineCommands.ConnectAsync(configuration, ct) is not { } connected)
            {
                return ExitCodes.BadInput;
            }

            await using var services = new ServiceCollection()
                .AddLogging()
                .AddNotifications(configuration)
                .BuildServiceProvider();
            await using var endpoint = new ApprovalEndpoint(
                $"http://{parse.GetValue(bind)}:{parse.GetValue(port)}/",
                services.GetRequiredService<IApprovalActivities>(),
                new TemporalPromotionDecisions(connected.Client),
                line => AnsiConsole.MarkupLineInterpolated($"[grey]{line}[/]"));
            endpoint.Start();
            AnsiConsole.MarkupLineInterpolated($"Approval endpoint on {endpoint.Prefix}approve (Ctrl+C stops it)");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving.
            }

            return ExitCodes.Ok;
        });
        var command = new Command(
            "approvals", "Approval links: the endpoint that turns a clicked link into a decision");
        command.Subcommands.Add(serve);
        return command;
    }
}
