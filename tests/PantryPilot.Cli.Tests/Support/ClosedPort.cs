using System.Net;
using System.Net.Sockets;

namespace PantryPilot.Cli.Tests.Support;

/// <summary>A loopback port that was just free: a listener took it and let it go, so connecting is refused.</summary>
public static class ClosedPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
