using Microsoft.Extensions.Configuration;
using PantryPilot.Contracts.Payloads;
using Temporalio.Client;

namespace PantryPilot.Hosting;

/// <summary>How a process reaches Temporal, bound by <see cref="TemporalHostingExtensions.AddTemporalOptions"/> from
/// the environment (or appsettings) under the names below, in `pantrypilot worker`, `pantrypilot-inference` and
/// every client command alike. The API key is never printed (<see cref="ToString"/>).</summary>
public sealed record TemporalOptions
{
    public const string DefaultNamespace = "default";

    public const string DefaultUiUrl = "http://localhost:8233";

    /// <summary>host:port of the frontend, no scheme. Workers require it; client commands default to localhost:7233.</summary>
    [ConfigurationKeyName(Keys.Address)]
    public string? Address { get; set; }

    [ConfigurationKeyName(Keys.Namespace)]
    public string Namespace { get; set; } = DefaultNamespace;

    /// <summary>The queue this process polls (workers) or starts workflows on (clients). Blank: the host's default
    /// (<see cref="TemporalDefaults"/>: pantry-pipeline, or recipe-inference in the inference host).</summary>
    [ConfigurationKeyName(Keys.TaskQueue)]
    public string TaskQueue { get; set; } = string.Empty;

    /// <summary>Temporal Cloud API key; turns TLS on unless <see cref="Tls"/> says otherwise.</summary>
    [ConfigurationKeyName(Keys.ApiKey)]
    public string? ApiKey { get; set; }

    /// <summary>true/false. Unset: TLS when an API key, a client certificate, a CA or a server name is given.</summary>
    [ConfigurationKeyName(Keys.Tls)]
    public bool? Tls { get; set; }

    /// <summary>mTLS client certificate (PEM file); needs <see cref="TlsKeyPath"/>.</summary>
    [ConfigurationKeyName(Keys.TlsCert)]
    public string? TlsCertPath { get; set; }

    /// <summary>mTLS client private key (PEM file); needs <see cref="TlsCertPath"/>.</summary>
    [ConfigurationKeyName(Keys.TlsKey)]
    public string? TlsKeyPath { get; set; }

    /// <summary>Root CA (PEM file) to trust for the server instead of the system roots (self-hosted TLS).</summary>
    [ConfigurationKeyName(Keys.TlsCa)]
    public string? TlsCaPath { get; set; }

    /// <summary>The name the server's certificate is checked against when it differs from the address's host.</summary>
    [ConfigurationKeyName(Keys.TlsServerName)]
    public string? TlsServerName { get; set; }

    /// <summary>Activity slots of this process's worker (1-1000). Unset: the host's default (8 for the pipeline
    /// worker; Inference:MaxConcurrentActivities, default 2, for the inference host).</summary>
    [ConfigurationKeyName(Keys.MaxConcurrentActivities)]
    public int? MaxConcurrentActivities { get; set; }

    /// <summary>Base of the Web UI links the client commands print.</summary>
    [ConfigurationKeyName(Keys.UiUrl)]
    public string UiUrl { get; set; } = DefaultUiUrl;

    /// <summary>Whether the connection uses TLS: as set, else on when anything TLS-related is configured.</summary>
    public bool UsesTls => Tls ?? (ApiKey is not null || TlsCertPath is not null || TlsCaPath is not null || TlsServerName is not null);

    /// <summary>The worker's activity slots once defaults are applied.</summary>
    public int ActivitySlots => MaxConcurrentActivities ?? 1;

    /// <summary>Whether TEMPORAL_ADDRESS is set: `pipeline run` runs in-process when it is not.</summary>
    public static bool IsAddressSet(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[Keys.Address]);

    /// <summary>Connect options for <see cref="TemporalClient.ConnectAsync"/> and for hosted workers.</summary>
    public void ApplyTo(TemporalClientConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.TargetHost = Address;
        options.Namespace = Namespace;
        options.ApiKey = ApiKey;
        options.DataConverter = PayloadJson.DataConverter;
        options.Tls = UsesTls
            ? new()
            {
                ClientCert = TlsCertPath is null ? null : File.ReadAllBytes(TlsCertPath),
                ClientPrivateKey = TlsKeyPath is null ? null : File.ReadAllBytes(TlsKeyPath),
                ServerRootCACert = TlsCaPath is null ? null : File.ReadAllBytes(TlsCaPath),
                Domain = TlsServerName,
            }
            : null;
    }

    public string WorkflowUrl(string workflowId) =>
        $"{UiUrl.TrimEnd('/')}/namespaces/{Uri.EscapeDataString(Namespace)}/workflows/{Uri.EscapeDataString(workflowId)}";

    /// <summary>What the operator sees at start: address, namespace, task queue and how it authenticates; never the key.</summary>
    public override string ToString()
    {
        var auth = new List<string>();
        if (ApiKey is not null)
        {
            auth.Add("API key");
        }

        if (TlsCertPath is not null)
        {
            auth.Add("mTLS");
        }
        else if (UsesTls)
        {
            auth.Add("TLS");
        }

        return $"{Address} namespace {Namespace} task queue {TaskQueue}{(auth.Count == 0 ? string.Empty : $" ({string.Join(", ", auth)})")}";
    }

    /// <summary>The configuration names, one definition: the attributes above use them and the deploy-file test reads
    /// them (through <see cref="ConfigurationKeys"/>).</summary>
    public static class Keys
    {
        public const string Address = "TEMPORAL_ADDRESS";
        public const string Namespace = "TEMPORAL_NAMESPACE";
        public const string TaskQueue = "TEMPORAL_TASK_QUEUE";
        public const string ApiKey = "TEMPORAL_API_KEY";
        public const string Tls = "TEMPORAL_TLS";
        public const string TlsCert = "TEMPORAL_TLS_CERT";
        public const string TlsKey = "TEMPORAL_TLS_KEY";
        public const string TlsCa = "TEMPORAL_TLS_CA";
        public const string TlsServerName = "TEMPORAL_TLS_SERVER_NAME";
        public const string MaxConcurrentActivities = "PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES";
        public const string UiUrl = "TEMPORAL_UI_URL";
    }
}

/// <summary>What a host or client assumes when a variable is unset.</summary>
/// <param name="TaskQueue">Queue when TEMPORAL_TASK_QUEUE is unset.</param>
/// <param name="MaxConcurrentActivities">Activity slots when PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES is unset.</param>
/// <param name="Address">Address when TEMPORAL_ADDRESS is unset; null: it is required.</param>
public sealed record TemporalDefaults(string TaskQueue, int MaxConcurrentActivities, string? Address)
{
    public const string LocalAddress = "localhost:7233";

    /// <summary>`pantrypilot worker`: the address is required.</summary>
    public static TemporalDefaults PipelineWorker { get; } = new(Contracts.TaskQueues.Pipeline, 8, null);

    /// <summary>Client commands (pipeline start/status/cancel, schedule, model ..., temporal setup) and
    /// `pipeline run --temporal`: a local dev server when TEMPORAL_ADDRESS is unset.</summary>
    public static TemporalDefaults Client { get; } = new(Contracts.TaskQueues.Pipeline, 8, LocalAddress);
}
