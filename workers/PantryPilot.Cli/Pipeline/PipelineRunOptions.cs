using System.CommandLine;
using Microsoft.Extensions.Configuration;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Hosting;

namespace PantryPilot.Cli.Pipeline;

/// <summary>The options shared by `pipeline run` and `pipeline start`, and how they become a <see cref="PipelineRun"/>.</summary>
public sealed class PipelineRunOptions
{
    public Option<string> DataDir { get; } = new("--data-dir") { Description = "Root folder for raw/, processed/, alerts/, reports/, quarantine/", DefaultValueFactory = _ => "data" };

    public Option<string?> Source { get; } = new("--source") { Description = "synthetic | postgres | csv (default synthetic; DATABASE_URL is read only with --source postgres)" };

    public Option<string?> AsOf { get; } = new("--as-of") { Description = "Judge expiry against this date (yyyy-MM-dd; default today, UTC)" };

    public Option<string> Policy { get; } = new("--policy") { Description = "On a failed suite: suite (the suite's own policy) | stop | quarantine", DefaultValueFactory = _ => "suite" };

    public Option<int> ExpiringDays { get; } = new("--expiring-days") { Description = "Alert on items expiring within this many days", DefaultValueFactory = _ => 3 };

    public Option<bool> Csv { get; } = new("--csv") { Description = "Also write processed tables and quarantine files as CSV" };

    public Option<string?> InventoryCsv { get; } = new("--inventory-csv") { Description = "Inventory CSV (with --source csv)" };

    public Option<string?> PurchasesCsv { get; } = new("--purchases-csv") { Description = "Purchase history CSV (with --source csv)" };

    public Option<string?> ReceiptsDir { get; } = new("--receipts-dir") { Description = "Folder of CORD v2 receipt JSON files (with --source csv, optional)" };

    public Option<string?> SuitesDir { get; } = new("--suites") { Description = "Folder of expectation suites (GE JSON) overriding the shipped ones" };

    public Option<int> Users { get; } = new("--users") { Description = "Synthetic source: households", DefaultValueFactory = _ => 200 };

    public Option<int> ItemsPerUser { get; } = new("--items-per-user") { Description = "Synthetic source: inventory rows per household", DefaultValueFactory = _ => 25 };

    public Option<int> PurchasesPerUser { get; } = new("--purchases-per-user") { Description = "Synthetic source: purchases per household", DefaultValueFactory = _ => 60 };

    public Option<int> Seed { get; } = new("--seed") { Description = "Synthetic source: random seed", DefaultValueFactory = _ => 42 };

    public Option<double> FaultRate { get; } = new("--fault-rate") { Description = "Synthetic source: share of rows with injected data-quality faults (0..1)", DefaultValueFactory = _ => 0.0 };

    public Option<string?> RunId { get; } = new("--run-id") { Description = "Run id (default pantry-pipeline-<as-of>)" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "A header that looks like a misspelling of a layout column fails the run" };

    public Option<bool> AllowEmpty { get; } = new("--allow-empty") { Description = "Accept an empty inventory or purchase table (by default it fails the run)" };

    /// <summary>Why the source is what it is: the first line a run prints.</summary>
    public string DescribeSource(ParseResult parse, IConfiguration configuration, PipelineRun run)
    {
        var databaseUrlSet = !string.IsNullOrWhiteSpace(configuration["DATABASE_URL"]);
        return run.Source switch
        {
            SourceKind.Postgres => "source postgres (--source postgres): reading PostgreSQL from DATABASE_URL",
            SourceKind.Csv => $"source csv (--source csv): reading {run.Csv!.InventoryCsv} and {run.Csv.PurchasesCsv}{(run.Csv.ReceiptsDir is { } r ? $" and receipts from {r}" : string.Empty)}",
            _ when parse.GetValue(Source) is not null => "source synthetic (--source synthetic): generating data, no database",
            _ when databaseUrlSet => "source synthetic (the default): generating data, no database; DATABASE_URL is set but only --source postgres reads it",
            _ => "source synthetic (the default): generating data, no database",
        };
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { DataDir, Source, AsOf, Policy, ExpiringDays, Csv, InventoryCsv, PurchasesCsv, ReceiptsDir, SuitesDir, Users, ItemsPerUser, PurchasesPerUser, Seed, FaultRate, RunId, Strict, AllowEmpty })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Builds the run; throws <see cref="ArgumentException"/> with a message for the operator on bad options.
    /// Paths (data folder, CSV files, receipts, suites) become locations through <paramref name="locator"/>: full local
    /// paths for a run this process executes, locations under the workers' data root for one that workers run.</summary>
    public PipelineRun ToRun(ParseResult parse, IConfiguration configuration, DataLocator locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        var asOfText = parse.GetValue(AsOf);
        DateOnly asOf;
        if (asOfText is null)
        {
            asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        }
        else if (!PipelineDates.TryParse(asOfText, out asOf))
        {
            throw new ArgumentException($"--as-of '{asOfText}' is not a date in yyyy-MM-dd form");
        }

        // An exported DATABASE_URL never changes the source by itself: the README's first command stays "no database".
        var sourceText = parse.GetValue(Source) ?? "synthetic";
        if (!Enum.GetNames<SourceKind>().Contains(sourceText, StringComparer.OrdinalIgnoreCase) || !Enum.TryParse<SourceKind>(sourceText, ignoreCase: true, out var source))
        {
            throw new ArgumentException($"--source '{sourceText}' is not one of synthetic, postgres, csv");
        }

        foreach (var (option, wanted) in new (Option, SourceKind)[]
        {
            (InventoryCsv, SourceKind.Csv), (PurchasesCsv, SourceKind.Csv), (ReceiptsDir, SourceKind.Csv),
            (Users, SourceKind.Synthetic), (ItemsPerUser, SourceKind.Synthetic), (PurchasesPerUser, SourceKind.Synthetic), (Seed, SourceKind.Synthetic), (FaultRate, SourceKind.Synthetic),
        })
        {
            if (source != wanted && Given(parse, option))
            {
                throw new ArgumentException($"{option.Name} applies only to --source {wanted.ToString().ToLowerInvariant()} (this run reads {source.ToString().ToLowerInvariant()}); drop it or add --source {wanted.ToString().ToLowerInvariant()}");
            }
        }

        foreach (var option in new[] { Users, ItemsPerUser, PurchasesPerUser, ExpiringDays })
        {
            if (parse.GetValue(option) < 0)
            {
                throw new ArgumentException($"{option.Name} {parse.GetValue(option)} must not be negative");
            }
        }

        var policyText = parse.GetValue(Policy) ?? "suite";
        if (!Enum.GetNames<ValidationPolicy>().Contains(policyText, StringComparer.OrdinalIgnoreCase) || !Enum.TryParse<ValidationPolicy>(policyText, ignoreCase: true, out var policy))
        {
            throw new ArgumentException($"--policy '{policyText}' is not one of suite, stop, quarantine");
        }

        CsvSource? csv = null;
        if (source == SourceKind.Csv)
        {
            var inventory = parse.GetValue(InventoryCsv) ?? throw new ArgumentException("--source csv needs --inventory-csv FILE");
            var purchases = parse.GetValue(PurchasesCsv) ?? throw new ArgumentException("--source csv needs --purchases-csv FILE");
            csv = new CsvSource(locator.Locate(inventory, InventoryCsv.Name), locator.Locate(purchases, PurchasesCsv.Name), parse.GetValue(ReceiptsDir) is { } r ? locator.Locate(r, ReceiptsDir.Name) : null);
        }
        else if (source == SourceKind.Postgres && string.IsNullOrWhiteSpace(configuration["DATABASE_URL"]) && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Pantry")))
        {
            throw new ArgumentException("--source postgres needs DATABASE_URL (e.g. postgres://user:password@127.0.0.1:5432/pantrypilot)");
        }

        var faultRate = parse.GetValue(FaultRate);
        if (faultRate is < 0 or > 1)
        {
            throw new ArgumentException($"--fault-rate {faultRate} must be between 0 and 1");
        }

        var synthetic = new SyntheticOptions(parse.GetValue(Users), parse.GetValue(ItemsPerUser), parse.GetValue(PurchasesPerUser), parse.GetValue(Seed), faultRate);
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
