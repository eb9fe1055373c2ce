using System.Globalization;

namespace PantryPilot.Activities.Tests.Training;

/// <summary>Command templates that run the NAMED TEST DOUBLE tests/PantryPilot.TrainerStandIn (not a trainer: it
/// prints mlx-lm's progress lines, writes checkpoint files and fails when told to) with the dotnet host.</summary>
public static class TrainerStandIn
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "PantryPilot.TrainerStandIn.dll");

    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : Environment.ProcessPath!;

    /// <summary>The mlx-lm flags (<see cref="PantryPilot.Activities.Training.TrainerTemplates.Flags"/>) plus stand-in-only fault switches.</summary>
    public static string Template(string extra = "") =>
        string.Create(CultureInfo.InvariantCulture, $"\"{DotnetHost}\" \"{Dll}\" {PantryPilot.Activities.Training.TrainerTemplates.Flags} {extra}");
}
