using System.Text;
using System.Text.RegularExpressions;

namespace PantryPilot.Domain.Training;

/// <summary>A configuration error in a trainer command template (bad quoting, an unknown placeholder).</summary>
public sealed class CommandTemplateException(string message) : Exception(message);
