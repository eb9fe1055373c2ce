using System.CommandLine;
using System.Runtime.CompilerServices;
using PantryPilot.Activities.Pipeline;
using PantryPilot.Activities.Versioning;
using Spectre.Console;

namespace PantryPilot.Cli.Commands;

/// <summary>`pantrypilot data status|snapshot|push|pull|checkout|log`: content-addressed versions of raw/, processed/
/// and alerts/ (like DVC), shared through a directory or a gs:// remote.</summary>
public static class DataCommands
{
    private static readonly Option<string> DataDir = new("--data-dir")
    {
        Description = "Data directory holding raw/, processed/, alerts/ (and .pantry/)",
        DefaultValueFactory = _ => "data",
        Recursive = true,
    };

    private static readonly Option<string?> Remote = new("--remote")
    {
        Description = "Remote: a directory or gs://bucket/prefix (default: Versioning:Remote / "
            + "PANTRYPILOT_VERSION_REMOTE, else DATA_DIR/../pantry-remote)",
        Recursive = true,
    };

    public static Command Build()
    {
        var command = new Command(
            "data",
            "Version the pipeline's datasets: status, snapshot, push, pull, checkout, log.");
        command.Options.Add(DataDir);
        command.Options.Add(Remote);
        command.Subcommands.Add(BuildStatus());
        command.Subcommands.Add(BuildSnapshot());
        command.Subcommands.Add(BuildPush());
        command.Subcommands.Add(BuildPull());
        command.Subcommands.Add(BuildCheckout());
        command.Subcommands.Add(BuildLog());
        return command;
    }

    private static Command BuildStatus()
    {
        var offline = new Option<bool>("--offline") { Description = "Do not ask the remote which objects it lacks" };
        var status = new Command(
            "status",
            "Compare the working files with HEAD (added, modified, deleted) and list what the remote lacks.");
        status.Options.Add(offline);
        status.SetAction((parse, ct) => RunAsync(parse, async (repository, remote) =>
        {
            var result = await WithSpinnerAsync("Hashing working files", p => repository.StatusAsync(p, ct));
            AnsiConsole.MarkupLineInterpolated(
                $"HEAD: [bold]{result.Head ?? "(no snapshot yet)"}[/]   data: {repository.DataDir}");
            if (result.IsClean)
            {
                AnsiConsole.MarkupLineInterpolated($"[green]clean[/]: {result.Unchanged.Count} file(s) match HEAD");
            }
            else
            {
                var table = new Table().AddColumn("change").AddColumn("path");
                result.Added.ToList().ForEach(p => table.AddRow(new Markup("[green]added[/]"), new Text(p)));
                result.Modified.ToList().ForEach(p => table.AddRow(new Markup("[yellow]modified[/]"), new Text(p)));
                result.Deleted.ToList().ForEach(p => table.AddRow(new Markup("[red]deleted[/]"), new Text(p)));
                AnsiConsole.Write(table);
                AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
                    "{0} added, {1} modified, {2} deleted, {3} unchanged; `pantrypilot data snapshot` records them",
                    result.Added.Count,
                    result.Modified.Count,
                    result.Deleted.Count,
                    result.Unchanged.Count));
            }

            if (result.Head is not null && !parse.GetValue(offline))
            {
                var manifest = await repository.LoadManifestAsync(result.Head, ct);
                var missing = await WithSpinnerAsync(
                    $"Listing {remote.Value.Description}",
                    _ => new VersionSync(repository, remote.Value).MissingOnRemoteAsync(manifest, ct));
                AnsiConsole.MarkupLineInterpolated(missing.Count == 0
                    ? $"remote {remote.Value.Description}: [green]has every object of HEAD[/]"
                    : FormattableStringFactory.Create(
                        "remote {0}: [yellow]{1} object(s) of HEAD not pushed[/] ({2}); `pantrypilot data push`",
                        remote.Value.Description,
                        missing.Count,
                        FormatBytes(missing.Sum(m => m.Size))));
            }

            return ExitCodes.Ok;
        }));
        return status;
    }

    private static Command BuildSnapshot()
    {
        var message = new Option<string>("--message", "-m")
        {
            Description = "What this snapshot is",
            DefaultValueFactory = _ => "manual snapshot"
        };
        var push = new Option<bool>("--push") { Description = "Push the snapshot to the remote afterwards" };
        var snapshot = new Command(
            "snapshot",
            "Record raw/, processed/ and alerts/ as a content-addressed snapshot (unchanged data keeps its id).");
        snapshot.Options.Add(message);
        snapshot.Options.Add(push);
        snapshot.SetAction((parse, ct) => RunAsync(parse, async (repository, remote) =>
        {
            var result = await WithSpinnerAsync(
                "Hashing and storing",
                p => repository.SnapshotAsync(parse.GetValue(message)!, p, ct));
            var manifest = result.Manifest;
            AnsiConsole.MarkupLineInterpolated(result.Unchanged
                ? $"[grey]unchanged[/]: snapshot [bold]{manifest.Id}[/] is still HEAD ({manifest.Files.Count} files)"
                : FormattableStringFactory.Create(
                    "[green]snapshot[/] [bold]{0}[/]: {1} files, {2}; {3} new object(s), {4} stored",
                    manifest.Id,
                    manifest.Files.Count,
                    FormatBytes(manifest.TotalBytes),
                    result.NewObjects,
                    FormatBytes(result.NewBytes)));
            if (parse.GetValue(push))
            {
                await PushAsync(repository, remote.Value, manifest.Id, ct);
            }

            return ExitCodes.Ok;
        }));
        return snapshot;
    }

    private static Command BuildPush()
    {
        var id = new Argument<string>("snapshot")
        {
            Description = "Snapshot id (or a unique prefix) or HEAD",
            DefaultValueFactory = _ => DatasetRepository.HeadRef
        };
        var push = new Command(
            "push",
            "Upload the snapshot's manifest and the objects the remote lacks (safe to repeat).");
        push.Arguments.Add(id);
        push.SetAction((parse, ct) => RunAsync(parse, async (repository, remote) =>
        {
            await PushAsync(repository, remote.Value, parse.GetValue(id)!, ct);
            return ExitCodes.Ok;
        }));
        return push;
    }

    private static Command BuildPull()
    {
        var id = new Argument<string>("snapshot")
        {
            Description = "Snapshot id (or a unique prefix); default: the remote's HEAD",
            DefaultValueFactory = _ => DatasetRepository.HeadRef
        };
        var pull = new Command(
            "pull",
            "Download a snapshot's manifest and the objects missing locally, verifying every hash. "
            + "Working files are left to `checkout`.");
        pull.Arguments.Add(id);
        pull.SetAction((parse, ct) => RunAsync(parse, async (repository, remote) =>
        {
            var result = await WithSpinnerAsync(
                $"Pulling from {remote.Value.Description}",
                p => new VersionSync(repository, remote.Value).PullAsync(parse.GetValue(id), p, ct));
            AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
                "[green]pulled[/] [bold]{0}[/]: {1} object(s), {2} downloaded, {3} already cached",
                result.SnapshotId,
                result.Objects,
                FormatBytes(result.Bytes),
                result.AlreadyThere));
            AnsiConsole.MarkupLineInterpolated(
                $"restore the files with `pantrypilot data checkout {result.SnapshotId[..12]}`");
            return ExitCodes.Ok;
        }));
        return pull;
    }

    private static Command BuildCheckout()
    {
        var id = new Argument<string>("snapshot")
        {
            Description = "Snapshot id (or a unique prefix of at least 6 characters) or HEAD"
        };
        var force = new Option<bool>("--force", "-f")
        {
            Description = "Overwrite and delete working files even when they differ from HEAD"
        };
        var checkout = new Command(
            "checkout",
            "Make raw/, processed/ and alerts/ exactly the snapshot's files (refuses to lose uncommitted changes "
            + "without --force).");
        checkout.Arguments.Add(id);
        checkout.Options.Add(force);
        checkout.SetAction((parse, ct) => RunAsync(parse, async (repository, _) =>
        {
            DataFolderLock folderLock;
            try
            {
                folderLock = DataFolderLock.Acquire(
                    repository.DataDir,
                    "data-checkout",
                    m => AnsiConsole.MarkupLineInterpolated($"[yellow]{m}[/]"));
            }
            catch (DataFolderBusyException e)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                return ExitCodes.FolderBusy;
            }

            using (folderLock)
            {
                var result = await WithSpinnerAsync(
                    "Restoring files",
                    p => repository.CheckoutAsync(parse.GetValue(id)!, parse.GetValue(force), p, ct));
                AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
                    "[green]checked out[/] [bold]{0}[/]: {1} restored, {2} removed, {3} already identical",
                    result.SnapshotId,
                    result.Restored,
                    result.Removed,
                    result.Unchanged));
                WarnAboutUnversioned(repository.DataDir, result.SnapshotId);
                return ExitCodes.Ok;
            }
        }));
        return checkout;
    }

    private static Command BuildLog()
    {
        var log = new Command("log", "Show the history of snapshots and checkouts, newest first.");
        log.SetAction((parse, ct) => RunAsync(parse, async (repository, _) =>
        {
            var entries = await repository.ReadLogAsync(ct);
            if (entries.Count == 0)
            {
                AnsiConsole.MarkupLineInterpolated($"no snapshots yet in {repository.DataDir}");
                return ExitCodes.Ok;
            }

            var head = repository.ReadHead();
            var table = new Table()
                .AddColumn("when (UTC)")
                .AddColumn("action")
                .AddColumn("snapshot")
                .AddColumn(new TableColumn("files").RightAligned())
                .AddColumn(new TableColumn("new objects").RightAligned())
                .AddColumn("message");
            foreach (var entry in entries.Reverse())
            {
                var id = entry.SnapshotId[..12] + (entry.SnapshotId == head ? " (HEAD)" : string.Empty);
                table.AddRow(
                    new Text(
                        entry.At.UtcDateTime.ToString(
                            "yyyy-MM-dd HH:mm:ss",
                            System.Globalization.CultureInfo.InvariantCulture)),
                    new Text(entry.Action),
                    new Text(id),
                    new Text(entry.Files.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Text(entry.NewObjects.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Text(entry.Message));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }));
        return log;
    }

    /// <summary>reports/ and quarantine/ are not versioned (the run report holds times and paths): say so when they
    /// describe another snapshot than the one just checked out, instead of leaving a report that contradicts the
    /// data.</summary>
    private static void WarnAboutUnversioned(string dataDir, string snapshotId)
    {
        var report = new DataPaths(dataDir).RunReport;
        string? reported = null, runId = null;
        if (File.Exists(report))
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
                reported = json.RootElement.TryGetProperty("snapshot_id", out var s) ? s.GetString() : null;
                runId = json.RootElement.TryGetProperty("run_id", out var r) ? r.GetString() : null;
            }
            catch (System.Text.Json.JsonException)
            {
                // An unreadable report is as good as none for this message.
            }
        }

        if (reported != snapshotId)
        {
            var described = runId is null ? "no run of this snapshot" : $"run {runId} (snapshot {reported ?? "none"})";
            AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
                "[yellow]not versioned:[/] reports/ and quarantine/ are not part of snapshots; "
                + "they still describe {0}. Re-run the pipeline to regenerate them for {1}.",
                described,
                snapshotId[..12]));
        }
    }

    private static async Task PushAsync(
        DatasetRepository repository,
        IVersionRemote remote,
        string id,
        CancellationToken ct)
    {
        var result = await WithSpinnerAsync(
            $"Pushing to {remote.Description}",
            p => new VersionSync(repository, remote).PushAsync(id, p, ct));
        AnsiConsole.MarkupLineInterpolated(FormattableStringFactory.Create(
            "[green]pushed[/] [bold]{0}[/] to {1}: {2} object(s), {3} uploaded, {4} already there",
            result.SnapshotId,
            remote.Description,
            result.Objects,
            FormatBytes(result.Bytes),
            result.AlreadyThere));
    }

    /// <summary>Builds the repository and remote, runs the command and turns every expected failure into one red
    /// line.</summary>
    private static async Task<int> RunAsync(
        ParseResult parse,
        Func<DatasetRepository, Lazy<IVersionRemote>, Task<int>> action)
    {
        try
        {
            var dataDir = parse.GetValue(DataDir)!;
            var repository = new DatasetRepository(dataDir);
            // Built on first use, so local-only commands work without remote credentials.
            var remote = new Lazy<IVersionRemote>(
                () => new VersionRemoteFactory(
                    VersioningOptions.From(CliConfiguration.Load())).Create(dataDir, parse.GetValue(Remote)));
            return await action(repository, remote);
        }
        catch (UncommittedChangesException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]refused:[/] {e.Message}");
            return ExitCodes.DataLost;
        }
        catch (RemoteUnavailableException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]remote unavailable:[/] {e.Message}");
            return ExitCodes.Stopped;
        }
        catch (VersioningException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
            when (e is IOException or UnauthorizedAccessException or ArgumentException or BadInputException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            AnsiConsole.MarkupLine("[yellow]cancelled[/]");
            return ExitCodes.Cancelled;
        }
    }

    private static async Task<T> WithSpinnerAsync<T>(string title, Func<IProgress<VersionProgress>, Task<T>> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await work(new Progress<VersionProgress>());
        }

        return await AnsiConsole.Status().StartAsync(
            title,
            async context => await work(
                new Progress<VersionProgress>(
                    p => context.Status(Markup.Escape($"{title}: {p.Step} {p.Done}/{p.Total} {p.Current}")))));
    }

    internal static string FormatBytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.0} KiB",
        < 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.0} MiB",
        _ => $"{bytes / (1024.0 * 1024 * 1024):0.00} GiB",
    };
}
