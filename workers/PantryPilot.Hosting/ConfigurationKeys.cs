using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace PantryPilot.Hosting;

/// <summary>The configuration names an options class binds, read from its <see cref="ConfigurationKeyNameAttribute"/>s:
/// the list of variables the code reads comes from the classes that read them, not from a second list.</summary>
public static class ConfigurationKeys
{
    public static IReadOnlyList<string> Of<T>() =>
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name)
            .OfType<string>()
            .ToList();
}
