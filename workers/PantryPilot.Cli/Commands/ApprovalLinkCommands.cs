using System.CommandLine;
using PantryPilot.Activities.Approval;
using PantryPilot.Activities.Notifications;
using PantryPilot.Contracts.Approval;
using PantryPilot.Domain.Approval;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot model approve-link|check-link`: mint a signed approval link (needs Approval:SigningKey, like
/// the notifier that puts such links in chat buttons), and check one the way the verify-approval activity
/// does.</summary>
public static class ApprovalLinkCommands
{
    public static void AddTo(Command model)
    {
        model.Subcommands.Add(BuildMint());
        model.Subcommands.Add(BuildCheck());
    }

    private static Command BuildMint()
    {
        var id = new Option<string>("--id")
        {
            Description = "Workflow id of the waiting run (recipe-model-<name>)",
            Required = true,
        };
        var entry = new Option<string>("--entry")
        {
            Description =
                "Registry id of the candidate it waits to promote (<run id>/<candidate>, as its Pending query shows)",
            Required = true,
        };
        var approver = new Option<string>("--approver")
        {
            Description = "Who decides: must be on Approval:Approvers",
            Required = true,
        };
        var refuse = new Option<bool>("--refuse") { Description = "A link that refuses instead of approving" };
        var hours = new Option<double>("--expires-in-hours")
        {
            Description = "How long the link works",
            DefaultValueFactory = _ => 72,
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Base of the link (default Approval:LinkBaseUrl); without one the bare token is printed",
        };
        var mint = new Command(
            "approve-link",
            "Mint a signed, expiring approval link for one approver, workflow and candidate (printed alone on " +
            "stdout). Needs Approval:SigningKey."
        )
        {
            id,
            entry,
            approver,
            refuse,
            hours,
            baseUrl,
        };
        mint.SetAction(parse =>
        {
            if (Read() is not { } options)
            {
                return ExitCodes.BadInput;
            }

            var who = parse.GetValue(approver)!;
            var lifetime = parse.GetValue(hours);
            if (lifetime <= 0 || double.IsNaN(lifetime) || lifetime > 24 * 90)
            {
                Console.Error.WriteLine($"error: --expires-in-hours must be between 0 and {24 * 90} (got {lifetime})");
                return ExitCodes.BadInput;
            }

            if (!options.ApproverList.Contains(ApprovalTokenCodec.Normalise(who)))
            {
                Console.Error.WriteLine(
                    $"error: {who} is not on Approval:Approvers ({string.Join(", ", options.ApproverList)}): a link " +
                    "for them would never verify"
                );
                return ExitCodes.BadInput;
            }

            var expires = DateTimeOffset.UtcNow.AddHours(lifetime);
            var token = ApprovalTokenCodec.Mint(
                options.Keys,
                new ApprovalToken(
                    parse.GetValue(id)!,
                    parse.GetValue(entry)!,
                    !parse.GetValue(refuse),
                    ApprovalTokenCodec.Normalise(who),
                    expires,
                    ApprovalTokenCodec.NewNonce()
                )
            );
            var root = parse.GetValue(baseUrl) ?? options.LinkBaseUrl;
            Console.WriteLine(root is null ? token : ApprovalLink.Build(root, token));
            Console.Error.WriteLine(
                $"{(parse.GetValue(refuse) ? "refuse" : "approve")} link for {who}, valid until {expires:u}; anyone " +
                "who holds it can use it until then"
            );
            return ExitCodes.Ok;
        });
        return mint;
    }

    private static Command BuildCheck()
    {
        var id = new Option<string>("--id") { Description = "Workflow id the link must be for", Required = true };
        var entry = new Option<string>("--entry")
        {
            Description = "Candidate registry id the link must be for",
            Required = true,
        };
        var link = new Argument<string>("link") { Description = "The approval link, or its bare token" };
        var check = new Command(
            "check-link",
            "Verify an approval link as the verify-approval activity does: signature, expiry, workflow, candidate, " +
            "allow-list. Exit 0 when valid, 2 otherwise."
        )
        {
            id,
            entry,
            link,
        };
        check.SetAction(parse =>
        {
            if (Read() is not { } options)
            {
                return ExitCodes.BadInput;
            }

            var result = ApprovalTokenCodec.Verify(
                options.Keys,
                ApprovalLink.TokenOf(parse.GetValue(link)!),
                parse.GetValue(id)!,
                parse.GetValue(entry)!,
                options.ApproverList,
                DateTimeOffset.UtcNow
            );
            var outcome = Enum.Parse<ApprovalOutcome>(result.Verdict.ToString());
            AnsiConsole.MarkupLineInterpolated($"{outcome}: {result.Message}");
            return outcome == ApprovalOutcome.Valid ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return check;
    }

    /// <summary>The Approval options, validated; null (problems printed) when unusable or without a key.</summary>
    private static ApprovalOptions? Read()
    {
        try
        {
            var options = CliConfiguration.Load().ReadNotificationOptions().Approval;
            if (!options.IsConfigured)
            {
                Console.Error.WriteLine(
                    "configuration error: Approval:SigningKey is not set (environment Approval__SigningKey): " +
                    "approval links are signed with it"
                );
                return null;
            }

            return options;
        }
        catch (NotificationConfigurationException e)
        {
            foreach (var error in e.Errors)
            {
                Console.Error.WriteLine($"configuration error: {error}");
            }

            return null;
        }
    }
}
