using System.CommandLine;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using PantryPilot.Activities.Database;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Storage;
using PantryPilot.Cli.Options;
using PantryPilot.Contracts.DataPipeline;
using PantryPilot.Domain.Generation;
using PantryPilot.Domain.Tables;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot db migrate|load|status`: the PostgreSQL source of truth (DATABASE_URL).</summary>
public static class DbCommands
{
    private const int ShownReasons = 5;

    public static Command Build()
    {
        var command = new Command(
            "db",
            "PostgreSQL source of truth (DATABASE_URL): create the schema, bulk-load data with binary COPY, "
            + "show row counts.");
        command.Subcommands.Add(BuildMigrate());
        command.Subcommands.Add(BuildLoad());
        command.Subcommands.Add(BuildStatus());
        return command;
    }

    private static Command BuildMigrate()
    {
        var migrate = new Command(
            "migrate",
            "Create or upgrade the tables (inventory, purchase_history, receipts). Safe to run any number of times.");
        migrate.SetAction((_, ct) => WithDatabaseAsync(async db =>
        {
            var applied = await db.MigrateAsync(ct);
            var change = applied.Count == 0
                ? "schema already up to date"
                : $"applied migration(s) {string.Join(", ", applied)}";
            AnsiConsole.MarkupLineInterpolated(
                $"PostgreSQL at {db.Endpoint}: {change} (version {Migrations.All.Max(m => m.Version)}).");
            return ExitCodes.Ok;
        }));
        return migrate;
    }

    private static Command BuildStatus()
    {
        var status = new Command("status", "Show the schema version and the row count of each table.");
        status.SetAction((_, ct) => WithDatabaseAsync(async db =>
        {
            var version = await db.SchemaVersionAsync(ct);
            if (version is null)
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"PostgreSQL at {db.Endpoint}: [yellow]no schema yet[/]; run [bold]pantrypilot db migrate[/].");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumn("table").AddColumn(new TableColumn("rows").RightAligned());
            foreach (var t in Enum.GetValues<DataTable>())
            {
                table.AddRow(
                    DatabaseTables.NameOf(t),
                    (await db.CountRowsAsync(t, ct)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.MarkupLineInterpolated($"PostgreSQL at {db.Endpoint}, schema version {version}");
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }));
        return status;
    }

    private static Command BuildLoad()
    {
        var inventoryCsv = new Option<FileInfo?>("--inventory-csv")
        {
            Description = "Inventory CSV in the original layout."
        };
        var purchasesCsv = new Option<FileInfo?>("--purchases-csv")
        {
            Description = "Purchase-history CSV in the original layout."
        };
        var receiptsDir = new Option<DirectoryInfo?>("--receipts-dir")
        {
            Description = "Folder of CORD v2 receipt JSON files (optional)."
        };
        var synthetic = new Option<bool>("--synthetic") { Description = "Load generated data instead of files." };
        var data = new SyntheticDataOptions("with --synthetic");
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Reference date yyyy-MM-dd of the generated data (with --synthetic; default: today, UTC)."
        };
        var truncate = new Option<bool>("--truncate")
        {
            Description = "Empty the tables first (row ids restart at 1)."
        };

        var load = new Command(
            "load",
            "Bulk-load CSV files (+ receipts) or synthetic data with binary COPY. Migrates first. "
            + "Loading the same data again changes nothing: rows are matched on their natural key (inventory: "
            + "user_id, item_id; purchase_history: transaction_id, item_id) and the load reports "
            + "inserted/updated/unchanged.");
        Option[] options = [inventoryCsv, purchasesCsv, receiptsDir, synthetic, .. data.All, asOf, truncate];
        foreach (var option in options)
        {
            load.Options.Add(option);
        }

        load.SetAction((parse, ct) =>
        {
            var isSynthetic = parse.GetValue(synthetic);
            var inventory = parse.GetValue(inventoryCsv);
            var purchases = parse.GetValue(purchasesCsv);
            if (!isSynthetic && (inventory is null || purchases is null))
            {
                AnsiConsole.MarkupLine("[red]error:[/] give --inventory-csv and --purchases-csv, or --synthetic");
                return Task.FromResult(ExitCodes.BadInput);
            }

            var fileOptions = new Option[]
            {
                inventoryCsv,
                purchasesCsv,
                receiptsDir
            }.Where(o => parse.GetResult(o) is { Implicit: false })
                .Select(o => o.Name)
                .ToArray();
            var syntheticOptions = data.All.Append(asOf)
                .Where(o => parse.GetResult(o) is { Implicit: false })
                .Select(o => o.Name)
                .ToArray();
            if (isSynthetic && fileOptions.Length > 0)
            {
                var given = string.Join(", ", fileOptions);
                AnsiConsole.MarkupLineInterpolated(
                    $"[red]error:[/] --synthetic loads generated data; {given} cannot apply (drop one or the other)");
                return Task.FromResult(ExitCodes.BadInput);
            }

            if (!isSynthetic && syntheticOptions.Length > 0)
            {
                AnsiConsole.MarkupLineInterpolated(
                    $"[red]error:[/] {string.Join(", ", syntheticOptions)} apply only with --synthetic");
                return Task.FromResult(ExitCodes.BadInput);
            }

            GeneratorSettings? settings;
            try
            {
                settings = isSynthetic
                    ? data.ToSettings(parse, DateOptions.Read(parse, asOf) ?? DateOnly.FromDateTime(DateTime.UtcNow))
                    : null;
            }
            catch (ArgumentException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return Task.FromResult(ExitCodes.BadInput);
            }

            return WithDatabaseAsync(async db =>
            {
                await db.MigrateAsync(ct);
                if (parse.GetValue(truncate))
                {
                    await db.TruncateAsync(ct);
                    AnsiConsole.MarkupLine("[grey]tables emptied[/]");
                }

                if (settings is not null)
                {
                    var generator = new SyntheticDataGenerator(settings);
                    await LoadTableAsync(db, DataTable.Inventory, generator.Inventory(), ct);
                    await LoadTableAsync(db, DataTable.Purchases, generator.Purchases(), ct);
                    await LoadReceiptsAsync(db, generator.Receipts(), ct);
                    await db.VacuumAnalyzeAsync(ct);
                    return ExitCodes.Ok;
                }

                await LoadCsvAsync(db, DataTable.Inventory, inventory!.FullName, PantrySchemas.Inventory, ct);
                await LoadCsvAsync(db, DataTable.Purchases, purchases!.FullName, PantrySchemas.Purchases, ct);
                if (parse.GetValue(receiptsDir) is { } dir)
                {
                    var bad = new List<string>();
                    var valid = CordReceiptReader.EnumerateFolder(dir.FullName).Where(r => IsJson(r, bad));
                    await LoadReceiptsAsync(db, valid, ct);
                    ReportSkipped("receipts", bad);
                }

                await db.VacuumAnalyzeAsync(ct);
                return ExitCodes.Ok;
            });
        });
        return load;
    }

    private static async Task LoadCsvAsync(
        PantryDatabase db,
        DataTable table,
        string path,
        TableSchema schema,
        CancellationToken ct)
    {
        var reasons = new List<string>();
        long quarantined = 0;
        IEnumerable<TableBatch> Parsed()
        {
            foreach (var batch in CsvTableReader.Read(
                path,
                schema,
                onWarning: w => AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] {w}"),
                cancellationToken: ct))
            {
                quarantined += batch.Quarantined.RowCount;
                var reason = batch.Quarantined.Text(PantrySchemas.Reason.Name);
                for (var r = 0; r < batch.Quarantined.RowCount && reasons.Count < ShownReasons; r++)
                {
                    reasons.Add(reason[r]!);
                }

                yield return batch.Rows;
            }
        }

        await LoadTableAsync(db, table, Parsed(), ct);
        if (quarantined > 0)
        {
            // Markup.Escape is what the interpolated call applies to a string value.
            AnsiConsole.MarkupLine(
                $"[yellow]{Markup.Escape(DatabaseTables.NameOf(table))}: {quarantined:N0} row(s) not loaded[/] "
                + "(run the pipeline with --source csv to keep them in a quarantine file):");
            foreach (var reason in reasons)
            {
                AnsiConsole.MarkupLineInterpolated($"  [grey]{reason}[/]");
            }
        }
    }

    private static async Task LoadTableAsync(
        PantryDatabase db,
        DataTable table,
        IEnumerable<TableBatch> batches,
        CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var counts = await db.Loader.LoadIdempotentAsync(
            table, batches, Progress(DatabaseTables.NameOf(table), clock), ct);
        PrintDone(DatabaseTables.NameOf(table), counts.Rows, clock);
        AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
            "{0}: {1:N0} inserted, {2:N0} updated, {3:N0} unchanged (matched on {4})",
            DatabaseTables.NameOf(table),
            counts.Inserted,
            counts.Updated,
            counts.Unchanged,
            string.Join(", ", DatabaseTables.NaturalKey(table))));
    }

    private static async Task LoadReceiptsAsync(
        PantryDatabase db,
        IEnumerable<CordReceipt> receipts,
        CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var rows = await db.Receipts.LoadAsync(receipts, Progress("receipts", clock), ct);
        PrintDone("receipts", rows, clock);
    }

    private static bool IsJson(CordReceipt receipt, List<string> bad)
    {
        try
        {
            using var _ = JsonDocument.Parse(receipt.Json);
            return true;
        }
        catch (JsonException ex)
        {
            var jsonError = ex.Message.Split(" LineNumber", 2)[0].TrimEnd('.', ' ');
            bad.Add($"{receipt.ReceiptId}.json: not valid JSON ({jsonError})");
            return false;
        }
    }

    private static void ReportSkipped(string what, List<string> reasons)
    {
        if (reasons.Count > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]{what}: {reasons.Count:N0} file(s) not loaded:[/]");
            foreach (var reason in reasons.Take(ShownReasons))
            {
                AnsiConsole.MarkupLineInterpolated($"  [grey]{reason}[/]");
            }
        }
    }

    /// <summary>A progress line at most once a second: a load of millions of rows should show it is alive.</summary>
    private static Action<long> Progress(string table, Stopwatch clock)
    {
        var last = TimeSpan.Zero;
        return rows =>
        {
            if (clock.Elapsed - last >= TimeSpan.FromSeconds(1))
            {
                last = clock.Elapsed;
                AnsiConsole.MarkupLineInterpolated($"[grey]{table}: {rows:N0} rows, {Rate(rows, clock):N0} rows/s[/]");
            }
        };
    }

    private static void PrintDone(string table, long rows, Stopwatch clock)
        => AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
            "{0}: [bold]{1:N0}[/] rows loaded in {2:F1} s ({3:N0} rows/s)",
            table,
            rows,
            clock.Elapsed.TotalSeconds,
            Rate(rows, clock)));

    private static double Rate(long rows, Stopwatch clock) => rows / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);

    /// <summary>Operators get one clear line when the database is down, unset or refuses: never a stack trace or a
    /// password.</summary>
    private static async Task<int> WithDatabaseAsync(Func<PantryDatabase, Task<int>> body)
    {
        await using var db = new PantryDatabase(DatabaseOptions.From(CliConfiguration.Load()));
        try
        {
            return await body(db);
        }
        catch (BadInputException ex)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.BadInput;
        }
        catch (DatabaseUnavailableException ex)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ExitCodes.DatabaseError;
        }
        catch (PostgresException ex)
        {
            var detail = ex.Detail is { } d ? $" ({d})" : string.Empty;
            AnsiConsole.MarkupLineInterpolated($"[red]PostgreSQL error {ex.SqlState}:[/] {ex.MessageText}{detail}");
            return ExitCodes.DatabaseError;
        }
        catch (NpgsqlException ex)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]PostgreSQL connection lost:[/] {ex.Message}");
            return ExitCodes.DatabaseError;
        }
        catch (OperationCanceledException)
        {
            AnsiConsole.MarkupLine("[yellow]cancelled[/]");
            return ExitCodes.Cancelled;
        }
    }
}
