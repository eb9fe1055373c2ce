using Microsoft.Extensions.Options;
using K = PantryPilot.Hosting.TemporalOptions.Keys;

namespace PantryPilot.Hosting;

/// <summary>Every problem with <see cref="TemporalOptions"/> at once, each naming the variable to fix.</summary>
public sealed class TemporalOptionsValidator : IValidateOptions<TemporalOptions>
{
    public ValidateOptionsResult Validate(string? name, TemporalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Address))
        {
            errors.Add($"{K.Address} is not set (e.g. localhost:7233, or <ns>.<account>.tmprl.cloud:7233 for Temporal Cloud)");
        }
        else if (options.Address.Contains("://", StringComparison.Ordinal) || !HasPort(options.Address))
        {
            errors.Add($"{K.Address} '{options.Address}' must be host:port without a scheme (e.g. localhost:7233)");
        }

        if (string.IsNullOrWhiteSpace(options.Namespace))
        {
            errors.Add($"{K.Namespace} must not be blank (the default is '{TemporalOptions.DefaultNamespace}')");
        }

        if (string.IsNullOrWhiteSpace(options.TaskQueue))
        {
            errors.Add($"{K.TaskQueue} must not be blank");
        }

        if (options.MaxConcurrentActivities is not (>= 1 and <= 1000))
        {
            errors.Add($"{K.MaxConcurrentActivities} must be a whole number between 1 and 1000, got {options.MaxConcurrentActivities}");
        }

        if ((options.TlsCertPath is null) != (options.TlsKeyPath is null))
        {
            errors.Add($"mTLS needs both {K.TlsCert} and {K.TlsKey} (paths to PEM files)");
        }

        foreach (var (key, path) in new[] { (K.TlsCert, options.TlsCertPath), (K.TlsKey, options.TlsKeyPath), (K.TlsCa, options.TlsCaPath) })
        {
            if (path is not null && !File.Exists(path))
            {
                errors.Add($"{key} '{path}' does not exist");
            }
        }

        if (options.ApiKey is not null && options.TlsCertPath is not null)
        {
            errors.Add($"set either {K.ApiKey} or {K.TlsCert}/{K.TlsKey}, not both");
        }

        if (options.Tls == false && (options.TlsCertPath is not null || options.TlsCaPath is not null || options.TlsServerName is not null))
        {
            errors.Add($"{K.Tls}=false contradicts {K.TlsCert}/{K.TlsCa}/{K.TlsServerName}: drop them or {K.Tls}");
        }

        if (!Uri.TryCreate(options.UiUrl, UriKind.Absolute, out var ui) || (ui.Scheme != Uri.UriSchemeHttp && ui.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{K.UiUrl} '{options.UiUrl}' must be an http(s) URL (e.g. {TemporalOptions.DefaultUiUrl})");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool HasPort(string address)
    {
        var colon = address.LastIndexOf(':');
        return colon > 0 && int.TryParse(address.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536;
    }
}
