using System.Globalization;
using Microsoft.Extensions.Configuration;
using Temporalio.Client;

namespace PantryPilot.Cli.Hosting;

/// <summary>How to reach Temporal, read from configuration/environment: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE,
/// TEMPORAL_TASK_QUEUE, TEMPORAL_API_KEY + TEMPORAL_TLS (Temporal Cloud), TEMPORAL_TLS_CERT/KEY (mTLS),
/// PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES, TEMPORAL_UI_URL. The API key is never printed.</summary>
public sealed record TemporalSettings(
    string? Address,
    string Namespace,
    string TaskQueue,
    string? ApiKey,
    bool Tls,
    string? TlsCertPath,
    string? TlsKeyPath,
    int MaxConcurrentActivities,
    string UiUrl)
{
    public const string DefaultTaskQueue = "pantry-pipeline";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Address);

    public static TemporalSettings From(IConfiguration c)
    {
        var maxText = c["PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES"];
        var max = int.TryParse(maxText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : (maxText is null ? 8 : -1);
        var apiKey = Blank(c["TEMPORAL_API_KEY"]);
        var tlsText = c["TEMPORAL_TLS"];
        var tls = tlsText is null ? apiKey is not null : tlsText.Equals("true", StringComparison.OrdinalIgnoreCase) || tlsText == "1";
        return new(
            Blank(c["TEMPORAL_ADDRESS"]),
            Blank(c["TEMPORAL_NAMESPACE"]) ?? "default",
            Blank(c["TEMPORAL_TASK_QUEUE"]) ?? DefaultTaskQueue,
            apiKey,
            tls,
            Blank(c["TEMPORAL_TLS_CERT"]),
            Blank(c["TEMPORAL_TLS_KEY"]),
            max,
            Blank(c["TEMPORAL_UI_URL"]) ?? "http://localhost:8233");
    }

    /// <summary>Every problem with the settings, each naming the variable to fix; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!IsConfigured)
        {
            errors.Add("TEMPORAL_ADDRESS is not set (e.g. localhost:7233, or <ns>.<account>.tmprl.cloud:7233 for Temporal Cloud)");
        }
        else if (Address!.Contains("://", StringComparison.Ordinal) || !Address.Contains(':', StringComparison.Ordinal))
        {
            errors.Add($"TEMPORAL_ADDRESS '{Address}' must be host:port without a scheme (e.g. localhost:7233)");
        }

        if (MaxConcurrentActivities is < 1 or > 1000)
        {
            errors.Add("PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES must be a whole number between 1 and 1000");
        }

        if ((TlsCertPath is null) != (TlsKeyPath is null))
        {
            errors.Add("mTLS needs both TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY (paths to PEM files)");
        }

        foreach (var (name, path) in new[] { ("TEMPORAL_TLS_CERT", TlsCertPath), ("TEMPORAL_TLS_KEY", TlsKeyPath) })
        {
            if (path is not null && !File.Exists(path))
            {
                errors.Add($"{name} '{path}' does not exist");
            }
        }

        if (ApiKey is not null && TlsCertPath is not null)
        {
            errors.Add("set either TEMPORAL_API_KEY or TEMPORAL_TLS_CERT/KEY, not both");
        }

        return errors;
    }

    /// <summary>Client options for <see cref="TemporalClient.ConnectAsync"/> and the hosted worker.</summary>
    public void Apply(TemporalClientConnectOptions options)
    {
        options.TargetHost = Address;
        options.Namespace = Namespace;
        options.ApiKey = ApiKey;
        if (TlsCertPath is not null && TlsKeyPath is not null)
        {
            options.Tls = new() { ClientCert = File.ReadAllBytes(TlsCertPath), ClientPrivateKey = File.ReadAllBytes(TlsKeyPath) };
        }
        else if (Tls)
        {
            options.Tls = new();
        }
    }

    public string WorkflowUrl(string workflowId) =>
        $"{UiUrl.TrimEnd('/')}/namespaces/{Uri.EscapeDataString(Namespace)}/workflows/{Uri.EscapeDataString(workflowId)}";

    /// <summary>What the operator sees: never the API key itself.</summary>
    public override string ToString() =>
        $"{Address} namespace {Namespace} task queue {TaskQueue}{(ApiKey is null ? string.Empty : " (API key)")}{(TlsCertPath is null ? string.Empty : " (mTLS)")}{(Tls && ApiKey is null && TlsCertPath is null ? " (TLS)" : string.Empty)}";

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
