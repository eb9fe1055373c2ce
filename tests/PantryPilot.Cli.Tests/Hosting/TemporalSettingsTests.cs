using Microsoft.Extensions.Configuration;
using PantryPilot.Cli.Hosting;
using Temporalio.Client;

namespace PantryPilot.Cli.Tests.Hosting;

public class TemporalSettingsTests
{
    [Fact]
    public void From_OnlyAddress_UsesDefaults()
    {
        var s = TemporalSettings.From(Config(("TEMPORAL_ADDRESS", "localhost:7233")));

        Assert.Equal("default", s.Namespace);
        Assert.Equal("pantry-pipeline", s.TaskQueue);
        Assert.False(s.Tls);
        Assert.Empty(s.Validate());
        Assert.Equal("http://localhost:8233/namespaces/default/workflows/pantry-pipeline-2026-03-01", s.WorkflowUrl("pantry-pipeline-2026-03-01"));
    }

    [Fact]
    public void From_ApiKey_TurnsOnTlsAndNeverPrintsTheKey()
    {
        var s = TemporalSettings.From(Config(("TEMPORAL_ADDRESS", "ns.acct.tmprl.cloud:7233"), ("TEMPORAL_NAMESPACE", "ns.acct"), ("TEMPORAL_API_KEY", "secret-key")));
        var options = new TemporalClientConnectOptions();

        s.Apply(options);

        Assert.True(s.Tls);
        Assert.Equal("secret-key", options.ApiKey);
        Assert.NotNull(options.Tls);
        Assert.Equal("ns.acct", options.Namespace);
        Assert.DoesNotContain("secret-key", s.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadValues_NamesEachVariable()
    {
        var s = TemporalSettings.From(Config(("TEMPORAL_ADDRESS", "http://localhost"), ("PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES", "lots"), ("TEMPORAL_TLS_CERT", "/nope.pem")));

        var errors = s.Validate();

        Assert.Contains(errors, e => e.Contains("TEMPORAL_ADDRESS", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("TEMPORAL_TLS_KEY", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("/nope.pem", StringComparison.Ordinal));
    }

    [Fact]
    public void Reason_CoreTransportError_KeepsTheReadablePart()
    {
        var reason = TemporalConnector.Reason("Connection failed: Server connection error: tonic::transport::Error(Transport, ConnectError(ConnectError(\"tcp connect error\", 127.0.0.1:1, Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" })))");

        Assert.Equal("Connection refused", reason);
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
