using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PantryPilot.Hosting.Telemetry;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.Hosting;

/// <summary>The one way every process binds, validates and uses <see cref="TemporalOptions"/>.</summary>
public static class TemporalHostingExtensions
{
    /// <summary>Binds PantryPilot's own keys of <see cref="TemporalOptions"/> from the root of
    /// <paramref name="configuration"/> (the variable names on its properties), reads the connection the Temporal
    /// CLI's way (<see cref="TemporalProfileLoader"/>), fills what is unset from <paramref name="defaults"/>, and
    /// validates on start.</summary>
    public static IServiceCollection AddTemporalOptions(
        this IServiceCollection services,
        IConfiguration configuration,
        TemporalDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        services.AddOptions<TemporalOptions>()
            .Bind(configuration)
            .PostConfigure(o =>
            {
                var (profile, name, problems) = TemporalProfileLoader.Load(configuration);
                o.Connection = string.IsNullOrWhiteSpace(profile.Address) && defaults.Address is not null
                    ? profile with { Address = defaults.Address }
                    : profile;
                o.Profile = name;
                o.ConnectionProblems = problems;
                o.UiUrl = Blank(o.UiUrl) ?? TemporalOptions.DefaultUiUrl;
                o.TaskQueue = Blank(o.TaskQueue) ?? defaults.TaskQueue;
                o.MaxConcurrentActivities ??= defaults.MaxConcurrentActivities;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TemporalOptions>, TemporalOptionsValidator>();
        return services;
    }

    /// <summary>Reads the options through the same binding and validator, for code that runs before (or without) a
    /// host: client commands, and hosts that must check before connecting. Throws
    /// <see cref="TemporalConfigurationException"/> listing every problem.</summary>
    public static TemporalOptions ReadTemporalOptions(this IConfiguration configuration, TemporalDefaults defaults)
    {
        using var services = new ServiceCollection().AddTemporalOptions(configuration, defaults).BuildServiceProvider();
        try
        {
            return services.GetRequiredService<IOptions<TemporalOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            throw new TemporalConfigurationException(e.Failures.ToList());
        }
        catch (InvalidOperationException e)
            when (e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // The binder's own message names the variable and the value; the type it names is the part to soften.
            throw new TemporalConfigurationException([BinderMessage(e.Message)]);
        }
    }

    /// <summary>A hosted worker polling <see cref="TemporalOptions.TaskQueue"/> with these options' connection and
    /// <see cref="TemporalOptions.ActivitySlots"/> activity slots: the one registration every worker uses (pipeline,
    /// training, inference), so each carries the same <see cref="TelemetryInterceptor"/> and runtime metrics.</summary>
    public static ITemporalWorkerServiceOptionsBuilder AddTemporalWorker(
        this IServiceCollection services,
        TemporalOptions options,
        Action<TemporalWorkerServiceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddHostedTemporalWorker(options.Address!, options.Namespace, options.TaskQueue)
            .ConfigureOptions(w =>
            {
                options.ApplyTo(w.ClientOptions!);
                w.MaxConcurrentActivities = options.ActivitySlots;
                w.Interceptors = [new TelemetryInterceptor()];
                configure?.Invoke(w);
            });
    }

    private static string BinderMessage(string message)
    {
        // "Failed to convert configuration value 'lots' at 'PANTRYPILOT_MAX_CONCURRENT_ACTIVITIES' to type
        // 'System.Nullable`1[[System.Int32, ...]]'."
        var at = message.IndexOf(" at '", StringComparison.Ordinal);
        var to = message.IndexOf("' to type '", StringComparison.Ordinal);
        if (at < 0 || to < at)
        {
            return message;
        }

        var value = message["Failed to convert configuration value ".Length..at];
        var key = message[(at + 5)..to];
        var type = message[(to + 11)..];
        var wanted = type.Contains("Int32", StringComparison.Ordinal)
            ? "a whole number"
            : type.Contains("Boolean", StringComparison.Ordinal)
            ? "true or false"
            : "a valid value";
        return $"{key} {value} is not {wanted}";
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
