using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PantryPilot.Cli.Tests.Hosting;

/// <summary>A PostgreSQL cluster of the test's own (Debian's pg_createcluster, as root), on a port of its own, so a
/// test can stop and start the server under a running pipeline without touching the shared one on 5432. Dropped on
/// dispose. <see cref="SkipReason"/> says why it cannot exist here (not root, no Debian PostgreSQL tools).</summary>
public sealed class OwnedPostgresCluster : IAsyncDisposable
{
    private readonly string version;

    private OwnedPostgresCluster(string version, string name, int port)
    {
        this.version = version;
        Name = name;
        Port = port;
    }

    public string Name { get; }

    public int Port { get; }

    public string Url => $"postgres://pantrypilot:pantrypilot@127.0.0.1:{Port}/pantrypilot";

    public static string? SkipReason =>
        !OperatingSystem.IsLinux() || Environment.UserName != "root" ? "needs root to create a PostgreSQL cluster of its own (pg_createcluster)"
        : !File.Exists("/usr/bin/pg_createcluster") ? "needs Debian's PostgreSQL tools (bash scripts/ensure-postgres.sh installs them)"
        : null;

    public static async Task<OwnedPostgresCluster> CreateAsync()
    {
        var version = Directory.GetDirectories("/usr/lib/postgresql").Select(Path.GetFileName).OrderBy(v => int.Parse(v!, System.Globalization.CultureInfo.InvariantCulture)).Last()!;
        var cluster = new OwnedPostgresCluster(version, $"pp_test_{Environment.ProcessId}_{Guid.NewGuid():N}"[..24], FreePort());
        await RunAsync("pg_createcluster", version, cluster.Name, "-p", cluster.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await cluster.StartAsync();
        await RunAsync("su", "postgres", "-c", $"psql -q -p {cluster.Port} -c \"CREATE ROLE pantrypilot LOGIN SUPERUSER PASSWORD 'pantrypilot'\" -c \"CREATE DATABASE pantrypilot OWNER pantrypilot\"");
        return cluster;
    }

    public Task StartAsync() => RunAsync("pg_ctlcluster", this.version, Name, "start");

    /// <summary>Fast shutdown: open connections are cut, as in a real restart.</summary>
    public Task StopAsync() => RunAsync("pg_ctlcluster", this.version, Name, "stop", "-m", "fast");

    public async ValueTask DisposeAsync() => await RunAsync("pg_dropcluster", "--stop", this.version, Name);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = "/" };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}");
        }
    }
}
