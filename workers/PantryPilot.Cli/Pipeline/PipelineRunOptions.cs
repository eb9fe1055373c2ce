using System.CommandLine;
using Microsoft.Extensions.Configuration;
using PantryPilot.Cli.Options;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Hosting;

namespace PantryPilot.Cli.Pipeline;

/// <summary>The options shared by `pipeline run` and `pipeline start`, and how they become a
/// <see cref="PipelineRun"/>.</summary>
public sealed class PipelineRunOptions
{
    public Option<string> DataDir { get; } = new("--data-dir")
    {
        Description = "Root folder for raw/, processed/, alerts/, reports/, quarantine/",
        DefaultValueFactory = _ => "data"
    };

    public Option<string?> Source { get; } = new("--source")
    {
        Description = "synthetic | postgres | csv (default synthetic; DATABASE_URL is read only with --source postgres)"
    };

    public Option<string?> AsOf { get; } = new("--as-of")
    {
        Description = "Judge expiry against this date (yyyy-MM-dd; default today, UTC)"
    };

    public Option<string> Policy { get; } = new("--policy")
    {
        Description = "On a failed suite: suite (the suite's own policy) | stop | quarantine",
        DefaultValueFactory = _ => "suite"
    };

    public Option<int> ExpiringDays { get; } = new("--expiring-days")
    {
        Description = "Alert on items expiring within this many days",
        DefaultValueFactory = _ => 3
    };

    public Option<bool> Csv { get; } = new("--csv")
    {
        Description = "Also write processed tables and quarantine files as CSV"
    };

    public Option<string?> InventoryCsv { get; } = new("--inventory-csv")
    {
        Description = "Inventory CSV (with --source csv)"
    };

    public Option<string?> PurchasesCsv { get; } = new("--purchases-csv")
    {
        Description = "Purchase history CSV (with --source csv)"
    };

    public Option<string?> ReceiptsDir { get; } = new("--receipts-dir")
    {
        Description = "Folder of CORD v2 receipt JSON files (with --source csv, optional)"
    };

    public Option<string?> SuitesDir { get; } = new("--suites")
    {
        Description = "Folder of expectation suites (GE JSON) overriding the shipped ones"
    };

    /// <summary>The synthetic source's options (the same declaration `generate` and `db load` use).</summary>
    public SyntheticDataOptions Synthetic { get; } = new("with --source synthetic");

    public Option<string?> RunId { get; } = new("--run-id")
    {
        Description = "Run id (default pantry-pipeline-<as-of>)"
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "A header that looks like a misspelling of a layout column fails the run"
    };

    public Option<bool> AllowEmpty { get; } = new("--allow-empty")
    {
        Description = "Accept an empty inventory or purchase table (by default it fails the run)"
    };

    /// <summary>Why the source is what it is: the first line a run prints.</summary>
    public string DescribeSource(ParseResult parse, IConfiguration configuration, PipelineRun run)
    {
        var databaseUrlSet = !string.IsNullOrWhiteSpace(configuration["DATABASE_URL"]);
        return run.Source switch
        {
            SourceKind.Postgres => "source postgres (--source postgres): reading PostgreSQL from DATABASE_URL",
            SourceKind.Csv => $"source csv (--source csv): reading {run.Csv!.InventoryCsv} and {run.Csv.PurchasesCsv}"
                + $"{(run.Csv.ReceiptsDir is { } r ? $" and receipts from {r}" : string.Empty)}",
            _ when parse.GetValue(Source) is not null
                => "source synthetic (--source synthetic): generating data, no database",
            _ when databaseUrlSet => "source synthetic (the default): generating data, no database; "
                + "DATABASE_URL is set but only --source postgres reads it",
            _ => "source synthetic (the default): generating data, no database",
        };
    }

    public void AddTo(Command command)
    {
        Option[] options = [
            DataDir,
            Source,
            AsOf,
            Policy,
            ExpiringDays,
            Csv,
            InventoryCsv,
            PurchasesCsv,
            ReceiptsDir,
            SuitesDir,
            .. Synthetic.All,
            RunId,
            Strict,
            AllowEmpty];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Builds the run; throws <see cref="ArgumentException"/> with a message for the operator on bad options.
    /// Paths (data folder, CSV files, receipts, suites) become locations through <paramref name="locator"/>: full local
    /// paths for a run this process executes, locations under the workers' data root for one that workers
    /// run.</summary>
    public PipelineRun ToRun(ParseResult parse, IConfiguration configuration, DataLocator locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        var asOf = DateOptions.Read(parse, AsOf) ?? DateOnly.FromDateTime(DateTime.UtcNow);

        // An exported DATABASE_URL never changes the source by itself: the README's first command stays "no database".
        var sourceText = parse.GetValue(Source) ?? "synthetic";
        if (!Enum.GetNames<SourceKind>().Contains(sourceText, StringComparer.OrdinalIgnoreCase)
            || !Enum.TryParse<SourceKind>(sourceText, ignoreCase: true, out var source))
        {
            throw new ArgumentException($"--source '{sourceText}' is not one of synthetic, postgres, csv");
        }

        (Option, SourceKind)[] bound =
        [
            (InventoryCsv, SourceKind.Csv), (PurchasesCsv, SourceKind.Csv), (ReceiptsDir, SourceKind.Csv),
            .. Synthetic.All.Select(o => (o, SourceKind.Synthetic)),
        ];
        foreach (var (option, wanted) in bound)
        {
            if (source != wanted && Given(parse, option))
            {
                throw new ArgumentException(
                    $"{option.Name} applies only to --source {wanted.ToString().ToLowerInvariant()} (this run reads "
                    + $"{source.ToString().ToLowerInvariant()}); drop it or add --source "
                    + $"{wanted.ToString().ToLowerInvariant()}");
            }
        }

        if (parse.GetValue(ExpiringDays) < 0)
        {
            throw new ArgumentException($"{ExpiringDays.Name} {parse.GetValue(ExpiringDays)} must not be negative");
        }

        var synthetic = Synthetic.Read(parse);

        var policyText = parse.GetValue(Policy) ?? "suite";
        if (!Enum.GetNames<ValidationPolicy>().Contains(policyText, StringComparer.OrdinalIgnoreCase)
            || !Enum.TryParse<ValidationPolicy>(policyText, ignoreCase: true, out var policy))
        {
            throw new ArgumentException($"--policy '{policyText}' is not one of suite, stop, quarantine");
        }

        CsvSource? csv = null;
        if (source == SourceKind.Csv)
        {
            var inventory = parse.GetValue(InventoryCsv)
                ?? throw new ArgumentException("--source csv needs --inventory-csv FILE");
            var purchases = parse.GetValue(PurchasesCsv)
                ?? throw new ArgumentException("--source csv needs --purchases-csv FILE");
            csv = new CsvSource(
                locator.Locate(inventory, InventoryCsv.Name),
                locator.Locate(purchases, PurchasesCsv.Name),
                parse.GetValue(ReceiptsDir) is { } r ? locator.Locate(r, ReceiptsDir.Name) : null);
        }
        else if (source == SourceKind.Postgres
            && string.IsNullOrWhiteSpace(configuration["DATABASE_URL"])
            && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Pantry")))
        {
            throw new ArgumentException(
                "--source postgres needs DATABASE_URL (e.g. postgres://user:password@127.0.0.1:5432/pantrypilot)");
        }

        return new PipelineRun(
            parse.GetValue(RunId) ?? WorkflowIds.Pipeline(asOf),
            locator.Locate(parse.GetValue(DataDir) ?? "data", DataDir.Name),
            asOf,
            source,
            source == SourceKind.Synthetic ? synthetic : null,
            csv,
            policy,
            parse.GetValue(ExpiringDays),
            parse.GetValue(SuitesDir) is { } s ? locator.Locate(s, SuitesDir.Name) : null,
            parse.GetValue(Csv),
            parse.GetValue(Strict),
            parse.GetValue(AllowEmpty));
    }

    /// <summary>Whether the user typed the option (a default value does not count).</summary>
    private static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}
