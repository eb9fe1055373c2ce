using Microsoft.Extensions.Options;
using Temporalio.Common.EnvConfig;
using K = PantryPilot.Hosting.TemporalOptions.Keys;

namespace PantryPilot.Hosting;

/// <summary>Every problem with <see cref="TemporalOptions"/> at once, each naming the variable to fix (for a value from
/// a temporal.toml profile, the variable that overrides it).</summary>
public sealed class TemporalOptionsValidator : IValidateOptions<TemporalOptions>
{
    public ValidateOptionsResult Validate(string? name, TemporalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>(options.ConnectionProblems);
        var connection = options.Connection;
        if (string.IsNullOrWhiteSpace(connection.Address))
        {
            errors.Add($"{K.Address} is not set (e.g. localhost:7233, "
                + "or <ns>.<account>.tmprl.cloud:7233 for Temporal Cloud; "
                + $"or name a temporal.toml profile with {K.Profile})");
        }
        else if (connection.Address.Contains("://", StringComparison.Ordinal) || !HasPort(connection.Address))
        {
            errors.Add($"{K.Address} '{connection.Address}' must be host:port without a scheme (e.g. localhost:7233)");
        }

        if (connection.Namespace is { } ns && string.IsNullOrWhiteSpace(ns))
        {
            errors.Add($"{K.Namespace} must not be blank (the default is '{TemporalOptions.DefaultNamespace}')");
        }

        if (string.IsNullOrWhiteSpace(options.TaskQueue))
        {
            errors.Add($"{K.TaskQueue} must not be blank");
        }

        if (options.MaxConcurrentActivities is not (>= 1 and <= 1000))
        {
            errors.Add(
                $"{K.MaxConcurrentActivities} must be a whole number between 1 and 1000, "
                + $"got {options.MaxConcurrentActivities}");
        }

        ValidateTls(connection, errors);
        if (!Uri.TryCreate(options.UiUrl, UriKind.Absolute, out var ui)
            || (ui.Scheme != Uri.UriSchemeHttp && ui.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{K.UiUrl} '{options.UiUrl}' must be an http(s) URL (e.g. {TemporalOptions.DefaultUiUrl})");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateTls(ClientEnvConfig.Profile connection, List<string> errors)
    {
        if (connection.Tls is not { } tls)
        {
            return;
        }

        if ((tls.ClientCert is null) != (tls.ClientPrivateKey is null))
        {
            errors.Add($"mTLS needs both {K.TlsClientCert} and {K.TlsClientKey} (paths to PEM files)");
        }

        var files = new[]
        {
            (K.TlsClientCert, tls.ClientCert),
            (K.TlsClientKey, tls.ClientPrivateKey),
            (K.TlsServerCa, tls.ServerRootCACert),
        };
        foreach (var (key, source) in files)
        {
            if (source?.Path is { } path && !File.Exists(path))
            {
                errors.Add($"{key} '{path}' does not exist");
            }
        }

        if (connection.ApiKey is not null && tls.ClientCert is not null)
        {
            errors.Add($"set either {K.ApiKey} or {K.TlsClientCert}/{K.TlsClientKey}, not both");
        }

        var tlsSettings = tls.ClientCert is not null || tls.ServerRootCACert is not null || tls.ServerName is not null;
        if (tls.Disabled == true && tlsSettings)
        {
            errors.Add($"{K.Tls}=false contradicts {K.TlsClientCert}/{K.TlsServerCa}/{K.TlsServerName}: "
                + $"drop them or {K.Tls}");
        }
    }

    private static bool HasPort(string address)
    {
        var colon = address.LastIndexOf(':');
        return colon > 0
            && int.TryParse(
                address.AsSpan(colon + 1),
                System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture,
                out var port)
            && port is > 0 and < 65536;
    }
}
