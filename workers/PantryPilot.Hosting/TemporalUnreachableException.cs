using System.Text.RegularExpressions;
using Temporalio.Client;
using Temporalio.Exceptions;

namespace PantryPilot.Hosting;

/// <summary>The server could not be reached within the allowed attempts.</summary>
public sealed class TemporalUnreachableException : Exception
{
    public TemporalUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TemporalUnreachableException()
    {
    }

    public TemporalUnreachableException(string message)
        : base(message)
    {
    }
}
