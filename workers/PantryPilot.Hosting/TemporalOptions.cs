using Microsoft.Extensions.Configuration;
using PantryPilot.Contracts.Payloads;
using PantryPilot.Hosting.Telemetry;
using Temporalio.Client;
using Temporalio.Common.EnvConfig;

namespace PantryPilot.Hosting;

/// <summary>How a process reaches Temporal, read the same way in `pantrypilot worker`, `pantrypilot-inference` and
/// every client command (<see cref="TemporalHostingExtensions.ReadTemporalOptions"/>). The connection (<see
/// cref="Connection"/>: address, namespace, API key, TLS, gRPC metadata) is the Temporal SDK's environment
/// configuration, the variables and <c>temporal.toml</c> profiles the Temporal CLI reads (<see
/// cref="ClientEnvConfig"/>); this class binds only PantryPilot's own keys (task queue, activity slots, Web UI). The
/// API key is never printed (<see cref="ToString"/>).</summary>
public sealed record TemporalOptions
{
    public const string DefaultNamespace = "default";

    public const string DefaultUiUrl = "http://localhost:8233";

    /// <summary>The queue this process polls (workers) or starts workflows on (clients). Blank: the host's default
    /// (<see cref="TemporalDefaults"/>: pantry-pipeline, or recipe-inference in the inference host).</summary>
    [ConfigurationKeyName(Keys.TaskQueue)]
    public string TaskQueue { get; set; } = string.Empty;

    /// <summary>Activity slots of this process's worker (1-1000). Unset: the host's default (8 for the pipeline
    /// worker; Inference:MaxConcurrentActivities, default 2, for the inference host).</summary>
    [ConfigurationKeyName(Keys.MaxConcurrentActivities)]
    public int? MaxConcurrentActivities { get; set; }

    /// <summary>Base of the Web UI links the client commands print.</summary>
    [ConfigurationKeyName(Keys.UiUrl)]
    public string UiUrl { get; set; } = DefaultUiUrl;

    /// <summary>The connection as the Temporal CLI would make it: the profile <c>TEMPORAL_PROFILE</c> names (default
    /// "default") of the config file (<c>TEMPORAL_CONFIG_FILE</c>, default the CLI's <c>temporal.toml</c>), overridden
    /// by the <c>TEMPORAL_*</c> variables (<see cref="TemporalEnvironment.Variables"/>). Set when the options are read,
    /// never bound from configuration directly.</summary>
    public ClientEnvConfig.Profile Connection { get; set; } = new();

    /// <summary>The profile the connection came from, when one was named.</summary>
    public string? Profile { get; set; }

    /// <summary>What reading the connection found wrong (a renamed variable, a missing config file, an unknown
    /// profile), reported by the validator with the rest.</summary>
    public IReadOnlyList<string> ConnectionProblems { get; set; } = [];

    /// <summary>host:port of the frontend, no scheme. Workers require it; client commands default to
    /// localhost:7233.</summary>
    public string? Address => Connection.Address;

    public string Namespace =>
        string.IsNullOrWhiteSpace(Connection.Namespace) ? DefaultNamespace : Connection.Namespace;

    /// <summary>Whether the connection uses TLS: as the profile says, else on when an API key is set.</summary>
    public bool UsesTls =>
        Connection.Tls is { Disabled: not true } || (Connection.Tls is null && Connection.ApiKey is not null);

    /// <summary>The worker's activity slots once defaults are applied.</summary>
    public int ActivitySlots => MaxConcurrentActivities ?? 1;

    /// <summary>Whether a Temporal server is configured explicitly (TEMPORAL_ADDRESS or TEMPORAL_PROFILE): `pipeline
    /// run` runs in-process when it is not.</summary>
    public static bool IsAddressSet(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[Keys.Address])
            || !string.IsNullOrWhiteSpace(configuration[Keys.Profile]);
    }

    /// <summary>Connect options for <see cref="TemporalClient.ConnectAsync"/> and for hosted workers: the SDK's own
    /// conversion of the profile, and on every connection PantryPilot's payload converter (camelCase JSON) and the
    /// process's runtime (<see cref="TemporalRuntimes"/>: the SDK's metrics through OpenTelemetry).</summary>
    public void ApplyTo(TemporalClientConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connect = Connection.ToClientConnectionOptions();
        options.TargetHost = connect.TargetHost;
        options.Namespace = Namespace;
        options.ApiKey = connect.ApiKey;
        options.Tls = Connection.Tls is null && Connection.ApiKey is null ? null : connect.Tls;
        options.RpcMetadata = connect.RpcMetadata;
        options.DataConverter = PayloadJson.DataConverter;
        options.Runtime = TemporalRuntimes.Process;
    }

    public string WorkflowUrl(string workflowId)
        => $"{UiUrl.TrimEnd('/')}/namespaces/{Uri.EscapeDataString(Namespace)}/workflows/"
            + $"{Uri.EscapeDataString(workflowId)}";

    /// <summary>What the operator sees at start: address, namespace, task queue, profile and how it authenticates;
    /// never the key.</summary>
    public override string ToString()
    {
        var auth = new List<string>();
        if (Connection.ApiKey is not null)
        {
            auth.Add("API key");
        }

        if (Connection.Tls?.ClientCert is not null)
        {
            auth.Add("mTLS");
        }
        else if (UsesTls)
        {
            auth.Add("TLS");
        }

        var profile = Profile is null ? string.Empty : $" profile {Profile}";
        var how = auth.Count == 0 ? string.Empty : $" ({string.Join(", ", auth)})";
        return $"{Address} namespace {Namespace} task queue {TaskQueue}{profile}{how}";
    }

    /// <summary>The configuration names, one definition: the attributes above use PantryPilot's own, the validator
    /// and messages the Temporal CLI's (<see cref="TemporalEnvironment"/>).</summary>
    public static class Keys
    {
        public const string Address = "TEMPORAL_ADDRESS";
        public const string Namespace = "TEMPORAL_NAMESPACE";
        public const string ApiKey = "TEMPORAL_API_KEY";
        public const string Tls = "TEMPORAL_TLS";
        public const string TlsClientCert = "TEMPORAL_TLS_CLIENT_CERT_PATH";
        public const string TlsClientKey = "TEMPORAL_TLS_CLIENT_KEY_PATH";
        public const string TlsServerCa = "TEMPORAL_TLS_SERVER_CA_CERT_PATH";
        public const string TlsServerName = "TEMPORAL_TLS_SERVER_NAME";
        public const string Profile = "TEMPORAL_PROFILE";
        public const string ConfigFile = "TEMPORAL_CONFIG_FILE";
        public const string TaskQueue = "TEMPORAL_TASK_QUEUE";
        public const string MaxConcurrentActivities = "PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES";
        public const string UiUrl = "TEMPORAL_UI_URL";
    }
}
