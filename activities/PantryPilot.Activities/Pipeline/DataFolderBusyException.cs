using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PantryPilot.Contracts.DataPipeline;

namespace PantryPilot.Activities.Pipeline;

/// <summary>A second run on a data folder fails fast instead of interleaving its files with the first.</summary>
public sealed class DataFolderBusyException(string message) : Exception(message);
