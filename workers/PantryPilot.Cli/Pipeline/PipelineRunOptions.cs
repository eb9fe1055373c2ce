using System.CommandLine;
using Microsoft.Extensions.Configuration;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Cli.Pipeline;

/// <summary>The options shared by `pipeline run` and `pipeline start`, and how they become a <see cref="PipelineRun"/>.</summary>
public sealed class PipelineRunOptions
{
    public Option<string> DataDir { get; } = new("--data-dir") { Description = "Root folder for raw/, processed/, alerts/, reports/, quarantine/", DefaultValueFactory = _ => "data" };

    public Option<string?> Source { get; } = new("--source") { Description = "synthetic | postgres | csv (default: postgres when DATABASE_URL is set, else synthetic)" };

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

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { DataDir, Source, AsOf, Policy, ExpiringDays, Csv, InventoryCsv, PurchasesCsv, ReceiptsDir, SuitesDir, Users, ItemsPerUser, PurchasesPerUser, Seed, FaultRate, RunId })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Builds the run; throws <see cref="ArgumentException"/> with a message for the operator on bad options.</summary>
    public PipelineRun ToRun(ParseResult parse, IConfiguration configuration)
    {
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

        var sourceText = parse.GetValue(Source) ?? (string.IsNullOrWhiteSpace(configuration["DATABASE_URL"]) ? "synthetic" : "postgres");
        if (!Enum.TryParse<SourceKind>(sourceText, ignoreCase: true, out var source))
        {
            throw new ArgumentException($"--source '{sourceText}' is not one of synthetic, postgres, csv");
        }

        var policyText = parse.GetValue(Policy) ?? "suite";
        if (!Enum.TryParse<ValidationPolicy>(policyText, ignoreCase: true, out var policy))
        {
            throw new ArgumentException($"--policy '{policyText}' is not one of suite, stop, quarantine");
        }

        CsvSource? csv = null;
        if (source == SourceKind.Csv)
        {
            var inventory = parse.GetValue(InventoryCsv) ?? throw new ArgumentException("--source csv needs --inventory-csv FILE");
            var purchases = parse.GetValue(PurchasesCsv) ?? throw new ArgumentException("--source csv needs --purchases-csv FILE");
            csv = new CsvSource(Path.GetFullPath(inventory), Path.GetFullPath(purchases), parse.GetValue(ReceiptsDir) is { } r ? Path.GetFullPath(r) : null);
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
            Path.GetFullPath(parse.GetValue(DataDir) ?? "data"),
            asOf,
            source,
            source == SourceKind.Synthetic ? synthetic : null,
            csv,
            policy,
            parse.GetValue(ExpiringDays),
            parse.GetValue(SuitesDir) is { } s ? Path.GetFullPath(s) : null,
            parse.GetValue(Csv));
    }
}
