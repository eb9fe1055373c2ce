using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PantryPilot.Hosting.Telemetry;
using Temporalio.Extensions.Hosting;

namespace PantryPilot.Hosting;

/// <summary>The Temporal configuration cannot be used; <see cref="Errors"/> names each variable to fix.</summary>
public sealed class TemporalConfigurationException : Exception
{
    public TemporalConfigurationException(IReadOnlyList<string> errors)
        : base("invalid Temporal configuration: " + string.Join("; ", errors)) => Errors = errors;

    public TemporalConfigurationException()
        : this([])
    {
    }

    public TemporalConfigurationException(string message)
        : base(message) => Errors = [message];

    public TemporalConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }
}
