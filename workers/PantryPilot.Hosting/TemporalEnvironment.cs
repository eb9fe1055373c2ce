namespace PantryPilot.Hosting;

/// <summary>The Temporal CLI's environment configuration, which the SDK reads for PantryPilot (<see
/// cref="Temporalio.Common.EnvConfig.ClientEnvConfig"/>): the variables below, <c>TEMPORAL_GRPC_META_*</c> for gRPC
/// headers, and profiles of a <c>temporal.toml</c> file. Names checked against Temporalio 1.22's loader.</summary>
public static class TemporalEnvironment
{
    /// <summary>Every variable of the Temporal CLI's environment configuration a deploy file may set.</summary>
    public static readonly IReadOnlyList<string> Variables =
    [
        TemporalOptions.Keys.Address,
        TemporalOptions.Keys.Namespace,
        TemporalOptions.Keys.ApiKey,
        TemporalOptions.Keys.Tls,
        TemporalOptions.Keys.TlsClientCert,
        "TEMPORAL_TLS_CLIENT_CERT_DATA",
        TemporalOptions.Keys.TlsClientKey,
        "TEMPORAL_TLS_CLIENT_KEY_DATA",
        TemporalOptions.Keys.TlsServerCa,
        "TEMPORAL_TLS_SERVER_CA_CERT_DATA",
        TemporalOptions.Keys.TlsServerName,
        TemporalOptions.Keys.Profile,
        TemporalOptions.Keys.ConfigFile,
    ];

    /// <summary>A variable starting with this sets a gRPC header (TEMPORAL_GRPC_META_X_FOO: x-foo).</summary>
    public const string GrpcMetaPrefix = "TEMPORAL_GRPC_META_";

    /// <summary>PantryPilot's names before it read the Temporal CLI's: refused at start, naming the one to
    /// use.</summary>
    public static readonly IReadOnlyDictionary<string, string> Renamed =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TEMPORAL_TLS_CERT"] = TemporalOptions.Keys.TlsClientCert,
            ["TEMPORAL_TLS_KEY"] = TemporalOptions.Keys.TlsClientKey,
            ["TEMPORAL_TLS_CA"] = TemporalOptions.Keys.TlsServerCa,
        };
}
