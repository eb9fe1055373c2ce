using System.CommandLine;
using System.Globalization;
using PantryPilot.Activities.Storage;
using PantryPilot.Domain.Generation;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary><c>pantrypilot generate</c>: a realistic synthetic data set as CSV files and CORD v2 receipts.</summary>
public static class GenerateCommand
{
    public static Command Build()
    {
        var users = new Option<int>("--users") { Description = "Households to generate", DefaultValueFactory = _ => 200 };
        var items = new Option<int>("--items-per-user") { Description = "Inventory rows per household", DefaultValueFactory = _ => 25 };
        var purchases = new Option<int>("--purchases-per-user") { Description = "Purchase rows per household", DefaultValueFactory = _ => 60 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same data)", DefaultValueFactory = _ => 42 };
        var faultRate = new Option<double>("--fault-rate") { Description = "Share of rows (0..1) with one injected data-quality fault", DefaultValueFactory = _ => 0.0 };
        var asOf = new Option<string?>("--as-of") { Description = "The snapshot date, yyyy-MM-dd (default: today, UTC)" };
        var output = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => "data/generated" };
        var receipts = new Option<int>("--receipts") { Description = "Receipts (CORD v2 JSON) to write at most; 0 writes none", DefaultValueFactory = _ => 1000 };

        var command = new Command("generate", "Generate realistic synthetic pantry data: inventory.csv, purchase_history.csv and receipts/*.json");
        foreach (var option in new Option[] { users, items, purchases, seed, faultRate, asOf, output, receipts })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var rate = parse.GetValue(faultRate);
            if (rate is < 0 or > 1)
            {
                AnsiConsole.MarkupLine($"[red]--fault-rate must be between 0 and 1, got {rate.ToString(CultureInfo.InvariantCulture)}[/]");
                return 2;
            }

            if (parse.GetValue(users) < 0 || parse.GetValue(items) < 0 || parse.GetValue(purchases) < 0)
            {
                AnsiConsole.MarkupLine("[red]--users, --items-per-user and --purchases-per-user must not be negative[/]");
                return 2;
            }

            DateOnly? date = null;
            if (parse.GetValue(asOf) is { Length: > 0 } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    AnsiConsole.MarkupLine($"[red]--as-of must be a date like 2026-11-24, got '{Markup.Escape(text)}'[/]");
                    return 2;
                }

                date = parsed;
            }

            var settings = new GeneratorSettings(parse.GetValue(users), parse.GetValue(items), parse.GetValue(purchases), parse.GetValue(seed), rate, date);
            var generator = new SyntheticDataGenerator(settings);
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var maxReceipts = Math.Max(0, parse.GetValue(receipts));
            var started = DateTime.UtcNow;

            SyntheticExportCounts counts = null!;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var inventoryTask = ctx.AddTask("inventory", maxValue: Math.Max(1, generator.InventoryRowCount));
                    var purchaseTask = ctx.AddTask("purchase_history", maxValue: Math.Max(1, generator.PurchaseRowCount));
                    var receiptTask = ctx.AddTask("receipts", maxValue: Math.Max(1, maxReceipts));
                    counts = await Task.Run(
                        () => SyntheticCsvExport.Write(generator, outDir, maxReceipts, (table, rows) =>
                        {
                            var task = table switch { "inventory" => inventoryTask, "purchase_history" => purchaseTask, _ => receiptTask };
                            task.Value = rows;
                        }, cancellationToken),
                        cancellationToken);
                    inventoryTask.Value = inventoryTask.MaxValue;
                    purchaseTask.Value = purchaseTask.MaxValue;
                    receiptTask.Value = receiptTask.MaxValue;
                });

            var summary = new Table().AddColumns("output", "rows / files", "path");
            summary.AddRow("inventory", counts.InventoryRows.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(counts.InventoryCsv));
            summary.AddRow("purchase_history", counts.PurchaseRows.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(counts.PurchasesCsv));
            summary.AddRow("receipts", counts.Receipts.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(counts.ReceiptsDir));
            AnsiConsole.Write(summary);
            AnsiConsole.MarkupLine(
                $"seed {settings.Seed}, as of {generator.AsOf:yyyy-MM-dd}, fault rate {rate.ToString(CultureInfo.InvariantCulture)}, " +
                $"{(DateTime.UtcNow - started).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
            return 0;
        });
        return command;
    }
}
