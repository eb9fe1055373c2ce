using System.CommandLine;
using System.Globalization;
using PantryPilot.Activities.Storage;
using PantryPilot.Cli.Options;
using PantryPilot.Domain.Generation;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary><c>pantrypilot generate</c>: a realistic synthetic data set as CSV files and CORD v2 receipts.</summary>
public static class GenerateCommand
{
    public static Command Build()
    {
        var synthetic = new SyntheticDataOptions();
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The snapshot date, yyyy-MM-dd (default: today, UTC)"
        };
        var output = new Option<string>("--out")
        {
            Description = "Output folder",
            DefaultValueFactory = _ => "data/generated"
        };
        var receipts = new Option<int>("--receipts")
        {
            Description = "Receipts (CORD v2 JSON) to write at most; 0 writes none",
            DefaultValueFactory = _ => 1000
        };

        var command = new Command(
            "generate",
            "Generate realistic synthetic pantry data: inventory.csv, purchase_history.csv and receipts/*.json");
        synthetic.AddTo(command);
        foreach (var option in new Option[] { asOf, output, receipts })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            GeneratorSettings settings;
            try
            {
                settings = synthetic.ToSettings(parse, DateOptions.Read(parse, asOf));
            }
            catch (ArgumentException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.BadInput;
            }

            var rate = settings.FaultRate;
            var generator = new SyntheticDataGenerator(settings);
            var outDir = Path.GetFullPath(parse.GetValue(output)!);
            var maxReceipts = Math.Max(0, parse.GetValue(receipts));
            var started = DateTime.UtcNow;

            SyntheticExportCounts counts = null!;
            await AnsiConsole.Progress()
                .Columns(
                    new TaskDescriptionColumn(),
                    new ProgressBarColumn(),
                    new PercentageColumn(),
                    new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var inventoryTask = ctx.AddTask("inventory", maxValue: Math.Max(1, generator.InventoryRowCount));
                    var purchaseTask = ctx.AddTask(
                        "purchase_history",
                        maxValue: Math.Max(1, generator.PurchaseRowCount));
                    var receiptTask = ctx.AddTask("receipts", maxValue: Math.Max(1, maxReceipts));
                    counts = await Task.Run(
                        () => SyntheticCsvExport.Write(generator, outDir, maxReceipts, (table, rows) =>
                        {
                            var task = table switch
                            {
                                "inventory" => inventoryTask,
                                "purchase_history" => purchaseTask,
                                _ => receiptTask
                            };
                            task.Value = rows;
                        }, cancellationToken),
                        cancellationToken);
                    inventoryTask.Value = inventoryTask.MaxValue;
                    purchaseTask.Value = purchaseTask.MaxValue;
                    receiptTask.Value = receiptTask.MaxValue;
                });

            var summary = new Table().AddColumns("output", "rows / files", "path");
            summary.AddRow(
                "inventory",
                counts.InventoryRows.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(counts.InventoryCsv));
            summary.AddRow(
                "purchase_history",
                counts.PurchaseRows.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(counts.PurchasesCsv));
            summary.AddRow(
                "receipts",
                counts.Receipts.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(counts.ReceiptsDir));
            AnsiConsole.Write(summary);
            AnsiConsole.MarkupLine(
                $"seed {settings.Seed}, as of {generator.AsOf:yyyy-MM-dd}, fault rate "
                + $"{rate.ToString(CultureInfo.InvariantCulture)}, "
                + $"{(DateTime.UtcNow - started).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
            return ExitCodes.Ok;
        });
        return command;
    }
}
